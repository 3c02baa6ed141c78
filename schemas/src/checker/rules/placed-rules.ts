import type { ApproverRule, SimpleApproverRule } from '../../flow/approver-rule.ts';
import type { Locale } from '../../i18n.ts';
import type { IssuePath } from '../../issue-factory.ts';
import { phrase } from '../../messages.ts';

/** A simple approver rule with the path to it in the bundle. @internal */
export type PlacedRule = { readonly rule: SimpleApproverRule; readonly path: IssuePath };

/**
 * Every simple rule of a list, the cases and `otherwise` of conditional rules opened up, each
 * with its path (`[...base, 2, 'cases', 0, 'rules', 1]`). @internal
 */
export function placeRules(rules: readonly ApproverRule[], base: IssuePath): PlacedRule[] {
  return rules.flatMap((rule, index): PlacedRule[] => {
    const path = [...base, index];
    if (rule.kind !== 'conditional') return [{ rule, path }];
    const cases = rule.cases.flatMap((entry, at) =>
      entry.rules.map((inner, position) => ({
        rule: inner,
        path: [...path, 'cases', at, 'rules', position],
      })),
    );
    const otherwise = rule.otherwise.map((inner, position) => ({
      rule: inner,
      path: [...path, 'otherwise', position],
    }));

    return [...cases, ...otherwise];
  });
}

const NAMES_SHOWN = 5;

/**
 * Up to five names joined for a message, then "and N more" in the caller's language: the
 * names are already cut to a readable length by the caller. @internal
 */
export function nameList(names: readonly string[], locale: Locale): string {
  const separator = locale === 'zh-CN' ? '、' : ', ';
  const shown = names.slice(0, NAMES_SHOWN).join(separator);
  if (names.length <= NAMES_SHOWN) return shown;

  return phrase('list.more', { names: shown, count: names.length - NAMES_SHOWN }, locale);
}
