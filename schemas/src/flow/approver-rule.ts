import { z } from 'zod';

/**
 * Who gets a task. Each rule resolves against the organization at the moment the step is entered;
 * the runtime records what it used so history does not change when the org does.
 */
export const ApproverRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), userIds: z.array(z.string().min(1)).min(1) }),
  z.object({ kind: z.literal('role'), role: z.string().min(1) }),
  /** Head of the initiator's department. */
  z.object({ kind: z.literal('departmentHead') }),
  /** The initiator's supervisor `level` steps up (1 = direct supervisor). */
  z.object({ kind: z.literal('supervisor'), level: z.number().int().min(1).max(15) }),
]);
export type ApproverRule = z.infer<typeof ApproverRule>;
