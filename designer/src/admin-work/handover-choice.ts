/** What the admin chose on the handover page. */
export type HandoverChoice = {
  readonly fromUserId: string;
  readonly toUserId: string | undefined;
  readonly taskIds: readonly string[];
  readonly flowKeys: readonly string[];
  readonly reason: string;
};

/** What `admin.handoverApply` takes. */
export type HandoverInput = {
  fromUserId: string;
  toUserId: string;
  taskIds: string[];
  flowKeys: string[];
  reason: string;
};

/** A reason the choice cannot be applied yet, as a message key of `adminWork`. */
export type HandoverProblem = 'handover.toMissing' | 'handover.reasonMissing' | 'handover.nothing';

/**
 * Checks the choice as the server will (a successor other than the person leaving, a reason, at
 * least one task or flow) and builds the input; `problems` lists every reason it cannot go.
 */
export function readHandover(choice: HandoverChoice): {
  input?: HandoverInput;
  problems: HandoverProblem[];
} {
  const reason = choice.reason.trim();
  const problems: HandoverProblem[] = [];
  const to = choice.toUserId;
  if (to === undefined || to === choice.fromUserId) problems.push('handover.toMissing');
  if (reason === '') problems.push('handover.reasonMissing');
  if (choice.taskIds.length === 0 && choice.flowKeys.length === 0)
    problems.push('handover.nothing');
  if (problems.length > 0 || to === undefined) return { problems };

  return {
    input: {
      fromUserId: choice.fromUserId,
      toUserId: to,
      taskIds: [...choice.taskIds],
      flowKeys: [...choice.flowKeys],
      reason,
    },
    problems,
  };
}

/** How many items of a result went through. */
export function countDone(items: readonly { readonly ok: boolean }[]): number {
  return items.filter((item) => item.ok).length;
}
