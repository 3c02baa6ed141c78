import { z } from 'zod';

/**
 * Who gets a task. Each rule resolves against the organization at the moment the step is entered;
 * the runtime records what it used so history does not change when the org does. Strict: a
 * rule with a key its kind does not have is refused.
 */
export const ApproverRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('user'), userIds: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ kind: z.literal('role'), role: z.string().min(1) }),
  /** Head of the initiator's department. */
  z.strictObject({ kind: z.literal('departmentHead') }),
  /** The initiator's supervisor `level` steps up (1 = direct supervisor). */
  z.strictObject({ kind: z.literal('supervisor'), level: z.number().int().min(1).max(15) }),
]);
export type ApproverRule = z.infer<typeof ApproverRule>;
