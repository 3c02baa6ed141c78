import type { ApproverRule } from '@baton/schemas';

export type RuleKind = ApproverRule['kind'];

/** A rule as it may sit in a draft config: possibly incomplete while the user edits it. */
export type DraftRule = {
  readonly kind?: RuleKind;
  readonly role?: string;
  readonly userIds?: readonly string[];
  readonly level?: number;
};

export const ruleKinds: readonly RuleKind[] = ['user', 'role', 'departmentHead', 'supervisor'];

function isRuleKind(value: unknown): value is RuleKind {
  return ruleKinds.some((kind) => kind === value);
}

function readRule(item: unknown): DraftRule {
  if (typeof item !== 'object' || item === null) return {};
  const kind: unknown = Reflect.get(item, 'kind');
  const role: unknown = Reflect.get(item, 'role');
  const userIds: unknown = Reflect.get(item, 'userIds');
  const level: unknown = Reflect.get(item, 'level');

  return {
    ...(isRuleKind(kind) ? { kind } : {}),
    ...(typeof role === 'string' ? { role } : {}),
    ...(Array.isArray(userIds)
      ? { userIds: userIds.filter((id): id is string => typeof id === 'string') }
      : {}),
    ...(typeof level === 'number' ? { level } : {}),
  };
}

/** The rules of a config key, read leniently so that half-finished rules can still be edited. */
export function readDraftRules(value: unknown): DraftRule[] {
  return Array.isArray(value) ? value.map(readRule) : [];
}

/**
 * The rule a kind starts as when the user picks it, or `undefined` when it needs a choice first
 * (a role, some users) and is kept as a local draft until then.
 */
export function startRule(kind: RuleKind): ApproverRule | undefined {
  if (kind === 'departmentHead') return { kind };
  if (kind === 'supervisor') return { kind, level: 1 };

  return undefined;
}
