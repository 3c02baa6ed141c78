/**
 * Refusals that mean the page is out of date: someone else decided the step, it is not this
 * approver's turn (any more), the request stopped running, someone decided before a withdrawal,
 * the request is no longer with its initiator for a resubmission, or the task was handed to
 * someone else (transfer, reassignment) or now waits for added signers. The page then reloads.
 */
const STALE_CODES: ReadonlySet<string> = new Set([
  'task.already-decided',
  'task.not-your-turn',
  'instance.not-running',
  'instance.cannot-withdraw',
  'instance.not-returned',
  'task.transferred',
  'task.waiting-for-others',
  'recall.already-open',
]);

/** True when a refusal's code says the request changed since the page loaded it. */
export function isStaleRefusal(code: string | undefined): boolean {
  return code !== undefined && STALE_CODES.has(code);
}
