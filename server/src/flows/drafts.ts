import type { FlowBundle } from '@baton/schemas';
import { isWriteConflict, type StorageHandle } from '@baton/runtime/storage';
import { fail } from '../messages.ts';
import { requireFlow } from './records.ts';

type Authored = { readonly actorId: string | null; readonly now: Date };

/**
 * Creates a flow whose draft is `bundle` at revision 1, unpublished. `flow.exists` when the key
 * is taken.
 */
export async function createFlow(
  handle: StorageHandle,
  input: Authored & { key: string; bundle: FlowBundle },
): Promise<void> {
  const at = input.now.toISOString();
  const exists = await handle.db
    .selectFrom('flows')
    .select('key')
    .where('key', '=', input.key)
    .executeTakeFirst();
  if (exists) throw fail('flow.exists', { key: input.key });

  try {
    await handle.db
      .insertInto('flows')
      .values({
        key: input.key,
        name: JSON.stringify(input.bundle.flow.name),
        draft: JSON.stringify(input.bundle),
        draft_revision: 1,
        latest_version: 0,
        created_at: at,
        updated_at: at,
        updated_by: input.actorId,
      })
      .execute();
  } catch (error) {
    // Someone created the same key between the check and the insert.
    if (isWriteConflict(error)) throw fail('flow.exists', { key: input.key }, { cause: error });
    throw error;
  }
}

/**
 * Replaces the draft when it is still at `expectedRevision` and returns the new revision. A stale
 * revision changes nothing and throws `flow.stale-revision` (CONFLICT) with the current revision.
 */
export async function saveDraft(
  handle: StorageHandle,
  input: Authored & { key: string; bundle: FlowBundle; expectedRevision: number },
): Promise<number> {
  const result = await handle.db
    .updateTable('flows')
    .set({
      name: JSON.stringify(input.bundle.flow.name),
      draft: JSON.stringify(input.bundle),
      draft_revision: input.expectedRevision + 1,
      updated_at: input.now.toISOString(),
      updated_by: input.actorId,
    })
    .where('key', '=', input.key)
    .where('draft_revision', '=', input.expectedRevision)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return input.expectedRevision + 1;

  const current = await requireFlow(handle.db, input.key);
  throw fail('flow.stale-revision', {
    current: current.draftRevision,
    expected: input.expectedRevision,
  });
}
