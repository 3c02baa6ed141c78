import type { StorageHandle } from './database.ts';
import { writeAudit } from './audit.ts';
import { writeTransaction } from './transaction.ts';

/** What the audit log records of a refused command, besides who and when. */
export type RefusalLine = {
  readonly action: string;
  readonly instanceId: string | null;
  readonly detail: Record<string, unknown>;
};

const lines = new WeakMap<Error, RefusalLine>();

/** Marks a refusal to be recorded in the audit log once the command has given up. */
export function auditedRefusal<E extends Error>(error: E, line: RefusalLine): E {
  lines.set(error, line);

  return error;
}

/**
 * Records a marked refusal in the audit log, in a transaction of its own (the command's was
 * rolled back, so nothing it meant to write is there), then throws the refusal. Anything else
 * is thrown as it is.
 */
export async function recordRefusal(
  handle: StorageHandle,
  refusal: { error: unknown; actorId: string; now: Date },
): Promise<never> {
  const { error } = refusal;
  const line = error instanceof Error ? lines.get(error) : undefined;
  if (line) {
    const entry = { ...line, actorId: refusal.actorId, now: refusal.now };
    await writeTransaction(handle, (trx) => writeAudit(trx, entry));
  }

  throw error;
}
