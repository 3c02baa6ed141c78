import type { TFunction } from 'i18next';
import type { RuleKind } from './draft-rules.ts';

/** The approver types in groups, in the order the type picker lists them. */
export const KIND_GROUPS: readonly { readonly key: string; readonly kinds: readonly RuleKind[] }[] =
  [
    { key: 'people', kinds: ['user', 'role', 'position', 'group'] },
    { key: 'org', kinds: ['departmentHead', 'supervisor', 'supervisorChain'] },
    { key: 'request', kinds: ['formField', 'conditional'] },
    { key: 'picked', kinds: ['initiatorPicks', 'approverPicks'] },
  ];

/**
 * The type picker's options: the offered kinds in their groups (named people, the org chart,
 * the request itself, picked by someone), empty groups left out. `t` is the rules namespace.
 */
export function kindOptions(kinds: readonly RuleKind[], t: TFunction) {
  return KIND_GROUPS.flatMap((group) => {
    const options = group.kinds
      .filter((kind) => kinds.includes(kind))
      .map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
    const label = t(`kindGroups.${group.key}`);

    return options.length === 0 ? [] : [{ label, title: label, options }];
  });
}
