import { ApproverRule, PickRange } from '@baton/schemas';

export type RuleKind = ApproverRule['kind'];

/** Where a supervisor chain ends, as it may sit in a draft while the user edits it. */
export type DraftChainEnd = {
  readonly kind?: 'level' | 'role' | 'top' | 'approvalLimit';
  readonly level?: number;
  readonly role?: string;
  readonly field?: string;
};

/** One case of a conditional rule in a draft: its rules are complete rules only. */
export type DraftCase = { readonly when: string; readonly rules: readonly DraftRule[] };

/**
 * A rule as it may sit in a draft config or in the panel while the user edits it: any of the
 * kinds' settings, possibly incomplete. `completeRule` tells when it is a rule the flow can hold.
 */
export type DraftRule = {
  readonly kind?: RuleKind | undefined;
  readonly role?: string | undefined;
  readonly position?: string | undefined;
  readonly group?: string | undefined;
  readonly userIds?: readonly string[] | undefined;
  readonly level?: number | undefined;
  readonly field?: string | undefined;
  readonly up?: number | undefined;
  readonly climbIfEmpty?: boolean | undefined;
  readonly end?: DraftChainEnd | undefined;
  readonly multiple?: boolean | undefined;
  readonly range?: PickRange | undefined;
  readonly cases?: readonly DraftCase[] | undefined;
  readonly otherwise?: readonly DraftRule[] | undefined;
};

/** Every rule kind, in the order the kind picker lists them. */
export const ruleKinds: readonly RuleKind[] = [
  'user',
  'role',
  'position',
  'group',
  'departmentHead',
  'supervisor',
  'supervisorChain',
  'initiatorPicks',
  'approverPicks',
  'formField',
  'conditional',
];

/** Kinds allowed inside a conditional rule's cases (no nesting). */
export const simpleRuleKinds: readonly RuleKind[] = ruleKinds.filter(
  (kind) => kind !== 'conditional',
);

/** Kinds that make sense for cc recipients: nobody picks whom to notify. */
export const recipientRuleKinds: readonly RuleKind[] = ruleKinds.filter(
  (kind) => kind !== 'initiatorPicks' && kind !== 'approverPicks',
);

const chainEnds = ['level', 'role', 'top', 'approvalLimit'] as const;

function isRuleKind(value: unknown): value is RuleKind {
  return ruleKinds.some((kind) => kind === value);
}

function get(item: object, key: string): unknown {
  return Reflect.get(item, key);
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : undefined;
}

/** Keeps the keys whose values have the expected type; drops the rest. */
function pick(item: object, types: Readonly<Record<string, 'string' | 'number' | 'boolean'>>) {
  return Object.fromEntries(
    Object.entries(types).flatMap(([key, type]) => {
      const value = get(item, key);

      return typeof value === type ? [[key, value]] : [];
    }),
  );
}

function readEnd(value: unknown): DraftChainEnd | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const kind = chainEnds.find((candidate) => candidate === get(value, 'kind'));

  return {
    ...(kind ? { kind } : {}),
    ...pick(value, { level: 'number', role: 'string', field: 'string' }),
  };
}

function readCases(value: unknown): DraftCase[] | undefined {
  if (!Array.isArray(value)) return undefined;

  return value.map((item: unknown) => {
    if (typeof item !== 'object' || item === null) return { when: '', rules: [] };
    const when = get(item, 'when');

    return {
      when: typeof when === 'string' ? when : '',
      rules: readDraftRules(get(item, 'rules')),
    };
  });
}

function readRule(item: unknown): DraftRule {
  if (typeof item !== 'object' || item === null) return {};
  const kind = get(item, 'kind');
  const userIds = strings(get(item, 'userIds'));
  const end = readEnd(get(item, 'end'));
  const range = PickRange.safeParse(get(item, 'range'));
  const cases = readCases(get(item, 'cases'));
  const otherwise = get(item, 'otherwise');

  return {
    ...(isRuleKind(kind) ? { kind } : {}),
    ...pick(item, {
      role: 'string',
      position: 'string',
      group: 'string',
      level: 'number',
      field: 'string',
      up: 'number',
      climbIfEmpty: 'boolean',
      multiple: 'boolean',
    }),
    ...(userIds ? { userIds } : {}),
    ...(end ? { end } : {}),
    ...(range.success && get(item, 'range') !== undefined ? { range: range.data } : {}),
    ...(cases ? { cases } : {}),
    ...(Array.isArray(otherwise) ? { otherwise: readDraftRules(otherwise) } : {}),
  };
}

/** The rules of a config key, read leniently so that half-finished rules can still be edited. */
export function readDraftRules(value: unknown): DraftRule[] {
  return Array.isArray(value) ? value.map(readRule) : [];
}

/**
 * What a kind starts as when the user picks it: complete at once where defaults suffice
 * (department head, supervisor level 1, chain to the top, picks from anyone), otherwise a draft
 * waiting for a choice (a role, some users, a field, a condition).
 */
export function startRule(kind: RuleKind): DraftRule {
  switch (kind) {
    case 'user':
      return { kind, userIds: [] };
    case 'supervisor':
      return { kind, level: 1 };
    case 'supervisorChain':
      return { kind, end: { kind: 'top' } };
    case 'initiatorPicks':
    case 'approverPicks':
      return { kind, multiple: false, range: [] };
    case 'conditional':
      return { kind, cases: [{ when: '', rules: [] }], otherwise: [] };
    default:
      return { kind };
  }
}

/** The rule a draft stands for once it is complete and valid; `undefined` until then. */
export function completeRule(draft: DraftRule): ApproverRule | undefined {
  const parsed = ApproverRule.safeParse(draft);

  return parsed.success ? parsed.data : undefined;
}

/** A chain end of a kind with its default setting (level 2 for `level`). */
export function startChainEnd(kind: NonNullable<DraftChainEnd['kind']>): DraftChainEnd {
  return kind === 'level' ? { kind, level: 2 } : { kind };
}

/** A pick range as four lists, the way the panel edits it. */
export type RangeParts = {
  readonly userIds: readonly string[];
  readonly roles: readonly string[];
  readonly positions: readonly string[];
  readonly groups: readonly string[];
};

/** Splits a pick range into its users, roles, positions and groups. */
export function rangeParts(range: PickRange): RangeParts {
  return {
    userIds: range.flatMap((item) => (item.kind === 'user' ? item.userIds : [])),
    roles: range.flatMap((item) => (item.kind === 'role' ? [item.role] : [])),
    positions: range.flatMap((item) => (item.kind === 'position' ? [item.position] : [])),
    groups: range.flatMap((item) => (item.kind === 'group' ? [item.group] : [])),
  };
}

/** The pick range for four lists: one users entry (when any), then one entry per key. */
export function buildRange(parts: RangeParts): PickRange {
  return [
    ...(parts.userIds.length > 0 ? [{ kind: 'user' as const, userIds: [...parts.userIds] }] : []),
    ...parts.roles.map((role) => ({ kind: 'role' as const, role })),
    ...parts.positions.map((position) => ({ kind: 'position' as const, position })),
    ...parts.groups.map((group) => ({ kind: 'group' as const, group })),
  ];
}
