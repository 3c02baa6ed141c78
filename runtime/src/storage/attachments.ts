import { createHash } from 'node:crypto';
import { MAX_FILE_MB } from '@baton/schemas';
import type { Kysely } from 'kysely';
import { storageError } from './errors.ts';
import { batches, MAX_BOUND_PARAMETERS, queryInBatches } from './batches.ts';
import { newSortableId } from './ids.ts';
import type { BatonDatabase } from './schema.ts';
import { StaleWriteError } from './transaction.ts';

type Db = Kysely<BatonDatabase>;

/** What a form value holds of a stored file (see `AttachmentField`). */
export type AttachmentSummary = {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly mediaType: string;
};

/** A stored file's metadata: who uploaded it and where it was submitted (null: not yet). */
export type AttachmentMeta = AttachmentSummary & {
  readonly ownerId: string;
  readonly instanceId: string | null;
  readonly fieldKey: string | null;
};

export type StoredAttachment = AttachmentMeta & { readonly content: Uint8Array };

/** Largest file the store keeps: the largest any field may accept (`MAX_FILE_MB`). */
export const MAX_ATTACHMENT_BYTES = MAX_FILE_MB * 1024 * 1024;
const MAX_NAME_LENGTH = 255;
/**
 * Control characters (C0, DEL, C1), the bidirectional marks and overrides that can make a name
 * read differently from what it is (`invoice‮fdp.exe` shown as `invoiceexe.pdf`; the Arabic
 * letter mark U+061C too), and characters that show nothing: zero-width space, joiners and
 * marks (U+200B–U+200F), line and paragraph separators (U+2028, U+2029), the word joiner and
 * invisible operators (U+2060–U+206F) and the byte-order mark (U+FEFF).
 */
const HIDDEN_CHARACTERS =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;
/** `type/subtype` with an optional parameter list, as browsers send it. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** A name the download can give back as is: no folders, nothing hidden in it. */
function checkedName(name: string): string {
  const trimmed = name.trim();
  const bad =
    trimmed.length === 0 ||
    trimmed.length > MAX_NAME_LENGTH ||
    HIDDEN_CHARACTERS.test(trimmed) ||
    /[\\/]/.test(trimmed) ||
    trimmed === '.' ||
    trimmed === '..';
  if (bad) throw storageError('storage.attachment-name', { max: MAX_NAME_LENGTH });

  return trimmed;
}

function checkedMediaType(mediaType: string): string {
  const type = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  if (!MEDIA_TYPE.test(type)) throw storageError('storage.attachment-media-type');

  return type;
}

/**
 * Stores an upload of `ownerId`, unbound: it belongs to no request until a submission or an
 * edit of `ownerId` puts its id in a field (see form-attachments.ts). Refuses an empty or
 * unsafe name (`storage.attachment-name`), a malformed media type and a file over
 * `MAX_ATTACHMENT_BYTES` (`storage.attachment-too-large`); each field's own limits are checked
 * when the file is submitted. The media type is kept as sent, lower-cased, without parameters.
 */
export async function saveAttachment(
  db: Db,
  upload: { ownerId: string; name: string; mediaType: string; bytes: Uint8Array; now: Date },
): Promise<AttachmentSummary> {
  const name = checkedName(upload.name);
  const mediaType = checkedMediaType(upload.mediaType);
  const size = upload.bytes.byteLength;
  if (size > MAX_ATTACHMENT_BYTES)
    throw storageError('storage.attachment-too-large', { maxMb: MAX_FILE_MB });
  const content = Buffer.from(upload.bytes.buffer, upload.bytes.byteOffset, size);
  const id = newSortableId('att');
  await db
    .insertInto('attachments')
    .values({
      id,
      owner_id: upload.ownerId,
      instance_id: null,
      field_key: null,
      name,
      media_type: mediaType,
      size,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      created_at: upload.now.toISOString(),
    })
    .execute();

  return { id, name, size, mediaType };
}

const META_COLUMNS = [
  'id',
  'name',
  'size',
  'media_type',
  'owner_id',
  'instance_id',
  'field_key',
] as const;

type MetaRow = {
  id: string;
  name: string;
  size: number | string;
  media_type: string;
  owner_id: string;
  instance_id: string | null;
  field_key: string | null;
};

function metaOf(row: MetaRow): AttachmentMeta {
  return {
    id: row.id,
    name: row.name,
    size: Number(row.size),
    mediaType: row.media_type,
    ownerId: row.owner_id,
    instanceId: row.instance_id,
    fieldKey: row.field_key,
  };
}

/** A stored file with its bytes, or null. Who may read it is the caller's call. */
export async function loadAttachment(db: Db, id: string): Promise<StoredAttachment | null> {
  const row = await db
    .selectFrom('attachments')
    .select([...META_COLUMNS, 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;

  return { ...metaOf(row), content: new Uint8Array(row.content) };
}

/**
 * The metadata of the stored files among `ids` (unknown ids are left out), in the order of
 * `ids`, each once. `lock` (PostgreSQL, inside a transaction): the rows are locked until it
 * ends, so two commands binding the same upload queue and the second sees it bound.
 */
export async function attachmentMeta(
  db: Db,
  ids: readonly string[],
  options: { lock?: boolean } = {},
): Promise<AttachmentMeta[]> {
  const wanted = [...new Set(ids)];
  const rows = await queryInBatches(wanted, (batch) => {
    const select = db.selectFrom('attachments').select(META_COLUMNS).where('id', 'in', batch);

    return (options.lock ? select.forUpdate() : select).execute();
  });
  const byId = new Map(rows.map((row) => [row.id, metaOf(row)]));

  return wanted.flatMap((id) => byId.get(id) ?? []);
}

/** An upload to bind to a field of the request a command writes. */
export type AttachmentBinding = { readonly id: string; readonly fieldKey: string };

/**
 * Binds unbound uploads to the request's fields, in the command's transaction (the command has
 * checked that they may be). An upload bound meanwhile by another command makes the whole
 * command run again (`StaleWriteError`), and its check then refuses it.
 */
export async function bindAttachments(
  db: Db,
  bind: { instanceId: string; bindings: readonly AttachmentBinding[] },
): Promise<void> {
  const byField = new Map<string, string[]>();
  for (const { id, fieldKey } of bind.bindings)
    byField.set(fieldKey, [...(byField.get(fieldKey) ?? []), id]);
  for (const [fieldKey, ids] of byField) {
    for (const batch of batches(ids, MAX_BOUND_PARAMETERS - 2)) {
      const result = await db
        .updateTable('attachments')
        .set({ instance_id: bind.instanceId, field_key: fieldKey })
        .where('id', 'in', batch)
        .where('instance_id', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== batch.length)
        throw new StaleWriteError(`attachments of ${bind.instanceId}`);
    }
  }
}
