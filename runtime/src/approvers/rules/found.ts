import type {
  ApproverRule,
  FormDefinition,
  FormValues,
  OrgUser,
  SimpleApproverRule,
} from '@baton/schemas';
import type { Explanation } from '../explanations.ts';
import type { OrgDirectory } from '../org-directory.ts';

/** What someone must pick before a step with a pick rule can be staffed. */
export type PickNeed = {
  readonly by: 'initiator' | 'approver';
  readonly multiple: boolean;
  readonly candidateIds: string[];
};

/** The org and request a rule resolves against. */
export type ResolveContext = {
  readonly initiatorId: string;
  readonly org: OrgDirectory;
  /** Form values: read by `formField`, the `approvalLimit` chain end and `conditional`. */
  readonly values?: FormValues;
  /** The form of the values; `conditional` checks its cases against it. */
  readonly form?: FormDefinition;
  /** People already picked for THIS step (pick rules); absent: nobody has picked yet. */
  readonly picked?: readonly string[];
  /**
   * The initiator among the people found: `skip` them (default), let them `act`, or give their
   * place to their direct `supervisor`. Every choice is recorded as a fact.
   */
  readonly initiator?: 'skip' | 'act' | 'supervisor';
  /** People who must not be assigned (separation of duties), each with the fact explaining why. */
  readonly excluded?: ReadonlyMap<string, Explanation>;
  /**
   * Who picks for an `approverPicks` rule: the approver whose approval enters the step (never a
   * candidate: nobody picks themselves), or `null` when the step is entered without anyone's
   * approval (at submission), so nobody can pick and the rule finds nobody, saying why.
   */
  readonly picker?: string | null;
};

/** @internal Candidates a rule found before eligibility, with the facts walked to find them. */
export type Found = {
  readonly candidates: readonly OrgUser[];
  readonly facts: readonly Explanation[];
  readonly reason: Explanation;
  readonly needsPick?: PickNeed;
  /**
   * True when the people came from values the initiator gave (a `user` or `department` form
   * field, their own pick): the initiator found this way named themselves.
   */
  readonly namedByInitiator?: boolean;
};

/** @internal Finds the candidates of a rule without a choice between rules. */
export type FindSimple = (rule: SimpleApproverRule, ctx: ResolveContext) => Found;

/** @internal A rule of one kind. */
export type RuleOf<K extends ApproverRule['kind']> = Extract<ApproverRule, { kind: K }>;

/** @internal Nobody found, for `reason`, because of `facts`. */
export function nobody(reason: Explanation, ...facts: Explanation[]): Found {
  return { candidates: [], facts, reason };
}

/** @internal The facts of holders of a key (role, position, group membership). */
export function holders(
  users: readonly OrgUser[],
  fact: (user: OrgUser) => Explanation,
  none: Explanation,
): Explanation[] {
  return users.length === 0 ? [none] : users.map(fact);
}

/** @internal A form value by field key: own keys only, so `__proto__` is no value at all. */
export function fieldValue(ctx: ResolveContext, field: string): unknown {
  const { values } = ctx;

  return values !== undefined && Object.hasOwn(values, field) ? values[field] : undefined;
}
