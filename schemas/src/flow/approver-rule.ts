import { z } from 'zod';

const Key = z.string().min(1);
const FieldKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, 'a form field key');

/**
 * Where a continuous chain of supervisors (from the initiator's direct supervisor upwards) ends,
 * inclusive: after `level` people, at the first holder of `role`, at the top of the company, or
 * at the first person whose approval limit covers the amount in the form field `field`.
 */
export const ChainEnd = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('level'), level: z.number().int().min(1).max(15) }),
  z.strictObject({ kind: z.literal('role'), role: Key }),
  z.strictObject({ kind: z.literal('top') }),
  z.strictObject({ kind: z.literal('approvalLimit'), field: FieldKey }),
]);
export type ChainEnd = z.infer<typeof ChainEnd>;

/**
 * Who may be picked where someone picks approvers: named users, holders of a role or position,
 * members of a group. An empty range means any enabled user.
 */
export const PickRange = z.array(
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('user'), userIds: z.array(Key).min(1) }),
    z.strictObject({ kind: z.literal('role'), role: Key }),
    z.strictObject({ kind: z.literal('position'), position: Key }),
    z.strictObject({ kind: z.literal('group'), group: Key }),
  ]),
);
export type PickRange = z.infer<typeof PickRange>;

const simpleRules = [
  z.strictObject({ kind: z.literal('user'), userIds: z.array(Key).min(1) }),
  z.strictObject({ kind: z.literal('role'), role: Key }),
  /** Every enabled holder of a position (岗位), e.g. `cashier`. */
  z.strictObject({ kind: z.literal('position'), position: Key }),
  /** Every enabled member of a user group, e.g. `budget-committee`. */
  z.strictObject({ kind: z.literal('group'), group: Key }),
  /**
   * Head of the initiator's department, or of the department chosen in the form field `field`
   * (a `department` field). `up` climbs that many parent departments first (0 = the department
   * itself); `climbIfEmpty` goes on to the parent's head while a department has no head.
   */
  z.strictObject({
    kind: z.literal('departmentHead'),
    field: FieldKey.optional(),
    up: z.number().int().min(0).max(15).optional(),
    climbIfEmpty: z.boolean().optional(),
  }),
  /** The initiator's supervisor `level` steps up (1 = direct supervisor). */
  z.strictObject({ kind: z.literal('supervisor'), level: z.number().int().min(1).max(15) }),
  /** Every supervisor from the direct one up to where `end` says, each in order (逐级审批). */
  z.strictObject({ kind: z.literal('supervisorChain'), end: ChainEnd }),
  /** The initiator picks at submission, one or several, from `range`. */
  z.strictObject({
    kind: z.literal('initiatorPicks'),
    multiple: z.boolean().default(false),
    range: PickRange.default([]),
  }),
  /** The approver of the step before picks this step's approvers when approving. */
  z.strictObject({
    kind: z.literal('approverPicks'),
    multiple: z.boolean().default(false),
    range: PickRange.default([]),
  }),
  /** The user in a `user` field, or the head of the department in a `department` field. */
  z.strictObject({ kind: z.literal('formField'), field: FieldKey }),
] as const;

/** A rule that resolves on its own, without choosing between other rules. */
export const SimpleApproverRule = z.discriminatedUnion('kind', [...simpleRules]);
export type SimpleApproverRule = z.infer<typeof SimpleApproverRule>;

/**
 * Chooses rules by an expression over the form and the initiator (`initiator.department`,
 * `initiator.roles`, `initiator.positions`): the rules of the first case whose `when` is true,
 * else `otherwise`.
 *
 * @example
 * { kind: 'conditional',
 *   cases: [{ when: 'amount >= 50000', rules: [{ kind: 'role', role: 'executive' }] }],
 *   otherwise: [{ kind: 'supervisor', level: 1 }] }
 */
export const ConditionalRule = z.strictObject({
  kind: z.literal('conditional'),
  cases: z
    .array(z.strictObject({ when: z.string().min(1), rules: z.array(SimpleApproverRule).min(1) }))
    .min(1),
  otherwise: z.array(SimpleApproverRule).default([]),
});
export type ConditionalRule = z.infer<typeof ConditionalRule>;

/**
 * Who gets a task. Each rule resolves against the organization at the moment the step is entered;
 * the runtime records what it used so history does not change when the org does. Strict: a
 * rule with a key its kind does not have is refused.
 */
export const ApproverRule = z.discriminatedUnion('kind', [...simpleRules, ConditionalRule]);
export type ApproverRule = z.infer<typeof ApproverRule>;
export type ApproverRuleKind = ApproverRule['kind'];
