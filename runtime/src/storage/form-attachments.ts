import type {
  FormDefinition,
  FormField,
  FormValues,
  Locale,
  ValidationIssue,
} from '@baton/schemas';
import type { Kysely } from 'kysely';
import {
  attachmentMeta,
  type AttachmentBinding,
  type AttachmentMeta,
  type AttachmentSummary,
} from './attachments.ts';
import { formIssue } from './form-issues.ts';
import type { BatonDatabase } from './schema.ts';

type FileField = Extract<FormField, { type: 'attachment' | 'image' }>;

function fileFields(form: FormDefinition): FileField[] {
  return form.fields.filter(
    (field): field is FileField => field.type === 'attachment' || field.type === 'image',
  );
}

/** The id a submitted item names: the id itself, or a stored summary's `id`. */
function idOf(item: unknown): string | undefined {
  if (typeof item === 'string') return item;
  if (typeof item !== 'object' || item === null || !('id' in item)) return undefined;

  return typeof item.id === 'string' ? item.id : undefined;
}

type Context = {
  readonly actorId: string;
  /** The request written (null at the start: nothing is bound to it yet). */
  readonly instanceId: string | null;
  readonly locale: Locale;
};

/**
 * Whether the writer may put a stored file in `fieldKey`: their own upload that no request
 * holds yet, or a file already on this request's same field. The refusal does not say which
 * (someone else's file and no file at all look the same).
 */
function usable(file: AttachmentMeta | undefined, fieldKey: string, ctx: Context): boolean {
  if (!file) return false;
  if (file.instanceId === null) return file.ownerId === ctx.actorId;

  return file.instanceId === ctx.instanceId && file.fieldKey === fieldKey;
}

function summaryOf(file: AttachmentMeta): AttachmentSummary {
  return { id: file.id, name: file.name, size: file.size, mediaType: file.mediaType };
}

/**
 * One field's items with stored summaries in place of ids (validation then holds them to the
 * field's limits with `acceptsFile`), and what is wrong with them. A file may sit in one field
 * only; a repeat within the field is dropped by validation.
 */
function resolveField(
  field: FileField,
  items: readonly unknown[],
  state: { ctx: Context; files: ReadonlyMap<string, AttachmentMeta>; fieldOf: Map<string, string> },
) {
  const { ctx, files, fieldOf } = state;
  const issues: ValidationIssue[] = [];
  const resolved = items.map((item, index) => {
    const id = idOf(item);
    if (id === undefined) return item;
    const where = { field, locale: ctx.locale, at: [index] };
    const file = files.get(id);
    const other = fieldOf.get(id);
    if (other !== undefined && other !== field.key)
      issues.push(formIssue('form.attachment.duplicate', where, { id }));
    fieldOf.set(id, field.key);
    if (!file || !usable(file, field.key, ctx)) {
      issues.push(formIssue('form.attachment.unavailable', where, { id }));

      return item;
    }

    return summaryOf(file);
  });

  return { resolved, issues };
}

export type ResolvedFiles = {
  /** The values with each file id replaced by the stored file's summary. */
  readonly values: Record<string, unknown>;
  readonly issues: readonly ValidationIssue[];
  /** What is stored of every file the values name. */
  readonly files: ReadonlyMap<string, AttachmentMeta>;
};

/**
 * Looks up the files named in the attachment and image fields of `values` and checks that the
 * writer may put them there; the fields' limits (count, size, type) are validation's. `lock`:
 * lock the file rows until the command's transaction ends (PostgreSQL). A value that is not a
 * list, a list longer than the field's `maxFiles` (no lookup of thousands of made-up ids) or
 * an item that names no id is left for validation to refuse.
 */
export async function resolveFiles(
  db: Kysely<BatonDatabase>,
  options: Context & { form: FormDefinition; values: Record<string, unknown>; lock: boolean },
): Promise<ResolvedFiles> {
  const fields = fileFields(options.form).filter((field) => {
    const value = options.values[field.key];

    return Array.isArray(value) && value.length <= field.validation.maxFiles;
  });
  const listOf = (field: FileField): unknown[] => {
    const value = options.values[field.key];

    return Array.isArray(value) ? value : [];
  };
  const ids = fields.flatMap((field) => listOf(field).flatMap((item) => idOf(item) ?? []));
  const stored = await attachmentMeta(db, ids, { lock: options.lock });
  const files = new Map(stored.map((file) => [file.id, file]));
  const values = { ...options.values };
  const issues: ValidationIssue[] = [];
  const state = { ctx: options, files, fieldOf: new Map<string, string>() };
  for (const field of fields) {
    const result = resolveField(field, listOf(field), state);
    values[field.key] = result.resolved;
    issues.push(...result.issues);
  }

  return { values, issues, files };
}

/**
 * The uploads a command binds to its request: those its validated values hold that no request
 * holds yet (a field hidden by its rule has no value, so its files stay unbound).
 */
export function bindingsOf(
  form: FormDefinition,
  values: FormValues,
  files: ReadonlyMap<string, AttachmentMeta>,
): AttachmentBinding[] {
  return fileFields(form).flatMap((field) => {
    const value = values[field.key];
    if (!Array.isArray(value)) return [];

    return value.flatMap((item) => {
      const id = idOf(item);
      const file = id === undefined ? undefined : files.get(id);

      return file && file.instanceId === null ? [{ id: file.id, fieldKey: field.key }] : [];
    });
  });
}
