import type { BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { fail } from '../messages.ts';

const MB = 1024 * 1024;

/**
 * What one person and one server process may upload. A body is held in memory until it is
 * stored, so `perUser` and `total` bound the uploads received at once (429 and 503 past them);
 * `pendingFiles` and `pendingBytes` bound the uploads one person keeps without submitting them
 * in a request (429 and 413), and the timer loop deletes an upload still unsubmitted after
 * `pendingHours`.
 */
export const UPLOAD_LIMITS = {
  perUser: 2,
  total: 8,
  pendingFiles: 100,
  pendingBytes: 500 * MB,
  pendingHours: 24,
} as const;

/** The uploads this process is receiving, per person and in all. */
export type UploadSlots = {
  /**
   * Counts an upload of `userId` until the returned function is called (more than once is
   * fine); `attachment.busy` or `attachment.server-busy` when a limit is reached.
   */
  take(userId: string): () => void;
};

export function uploadSlots(
  limits: { perUser: number; total: number } = UPLOAD_LIMITS,
): UploadSlots {
  const byUser = new Map<string, number>();
  let total = 0;

  return {
    take(userId) {
      const own = byUser.get(userId) ?? 0;
      if (own >= limits.perUser) throw fail('attachment.busy', { max: limits.perUser });
      if (total >= limits.total) throw fail('attachment.server-busy');
      byUser.set(userId, own + 1);
      total += 1;
      let held = true;

      return () => {
        if (!held) return;
        held = false;
        total -= 1;
        const left = (byUser.get(userId) ?? 1) - 1;
        if (left > 0) byUser.set(userId, left);
        else byUser.delete(userId);
      };
    },
  };
}

/**
 * Refuses an upload of `incoming` bytes by `userId` when their uploads not yet submitted in a
 * request already number `pendingFiles` (`attachment.quota-files`) or would pass
 * `pendingBytes` with it (`attachment.quota-bytes`).
 */
export async function checkPendingQuota(
  db: Kysely<BatonDatabase>,
  upload: { readonly userId: string; readonly incoming: number },
): Promise<void> {
  const row = await db
    .selectFrom('attachments')
    .select((eb) => [eb.fn.countAll().as('files'), eb.fn.sum('size').as('bytes')])
    .where('owner_id', '=', upload.userId)
    .where('instance_id', 'is', null)
    .executeTakeFirst();
  const { pendingFiles, pendingBytes, pendingHours: hours } = UPLOAD_LIMITS;
  // PostgreSQL answers the count and the sum as strings.
  const files = Number(row?.files ?? 0);
  const bytes = Number(row?.bytes ?? 0);
  if (files >= pendingFiles) throw fail('attachment.quota-files', { max: pendingFiles, hours });
  if (bytes + upload.incoming > pendingBytes) {
    const used = Math.ceil(bytes / MB);
    throw fail('attachment.quota-bytes', { used, max: pendingBytes / MB, hours });
  }
}
