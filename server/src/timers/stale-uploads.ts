import type { BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { UPLOAD_LIMITS } from '../http/upload-limits.ts';

const HOUR_MS = 3_600_000;

/**
 * Deletes the uploads nobody submitted in a request within `UPLOAD_LIMITS.pendingHours` of
 * uploading them; resolves to how many. A command binding one of them at the same moment
 * either binds it first (it is then kept) or finds it gone and refuses it like any unknown
 * file (`form.attachment.unavailable`).
 */
export async function deleteStaleUploads(db: Kysely<BatonDatabase>, now: Date): Promise<number> {
  const before = new Date(now.getTime() - UPLOAD_LIMITS.pendingHours * HOUR_MS).toISOString();
  const result = await db
    .deleteFrom('attachments')
    .where('instance_id', 'is', null)
    .where('created_at', '<', before)
    .executeTakeFirst();

  return Number(result.numDeletedRows);
}
