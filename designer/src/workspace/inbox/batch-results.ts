/** One task's outcome in a batch approval (`tasks.approveMany`). */
export type BatchResult = {
  readonly taskId: string;
  readonly ok: boolean;
  readonly error?: { readonly code: string; readonly message: string } | undefined;
};

/** A refused task of a batch: which request and why, in the server's words. */
export type BatchRefusal = {
  readonly taskId: string;
  readonly title: string;
  readonly reason: string;
};

/** What a batch approval did: how many were approved, and each refusal with its reason. */
export type BatchSummary = {
  readonly approved: number;
  readonly refused: readonly BatchRefusal[];
};

/**
 * Sums up a batch approval for the inbox. Tasks are named by their request's title (`titles`
 * by task id; the task id when the inbox no longer lists it); a refusal without a message
 * reads `fallbackReason`.
 */
export function summarizeBatch(
  results: readonly BatchResult[],
  titles: ReadonlyMap<string, string>,
  fallbackReason: string,
): BatchSummary {
  const refused = results
    .filter((result) => !result.ok)
    .map((result) => ({
      taskId: result.taskId,
      title: titles.get(result.taskId) ?? result.taskId,
      reason: result.error?.message.trim() || fallbackReason,
    }));

  return { approved: results.length - refused.length, refused };
}

/** The most tasks one batch may approve (the server's limit). */
export const BATCH_LIMIT = 100;

/**
 * The tasks of `selected` a batch may approve: those whose step allows batch approval, in the
 * inbox's order, at most `BATCH_LIMIT`.
 */
export function batchable<T extends { readonly id: string; readonly batchApprove: boolean }>(
  items: readonly T[],
  selected: ReadonlySet<string>,
): T[] {
  return items.filter((item) => item.batchApprove && selected.has(item.id)).slice(0, BATCH_LIMIT);
}
