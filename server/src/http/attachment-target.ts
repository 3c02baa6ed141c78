import {
  fieldAccessAt,
  resolveText,
  type FlowBundle,
  type FormField,
  type Locale,
} from '@baton/schemas';
import {
  loadPublishedFlow,
  storageError,
  writeAudit,
  type BatonDatabase,
  type Engine,
} from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { SessionUser } from '../auth/user.ts';
import { canRead } from '../instances/detail.ts';
import { editableFields, startNodeId } from '../instances/viewer-access.ts';
import { fail, serverIssue } from '../messages.ts';
import { FlowKey } from '../routers/shapes.ts';

export type FileField = Extract<FormField, { type: 'attachment' | 'image' }>;

/**
 * Where an upload goes: a field of a new request (`flowKey`, the latest published version) or
 * of a running one (`instanceId`: an approver's edit, or the initiator's while resubmitting).
 */
export const UploadQuery = z.union([
  z.strictObject({ flowKey: FlowKey, field: z.string().min(1).max(64) }),
  z.strictObject({ instanceId: z.string().min(1).max(200), field: z.string().min(1).max(64) }),
]);
export type UploadQuery = z.infer<typeof UploadQuery>;

export type UploadDeps = {
  readonly db: Kysely<BatonDatabase>;
  readonly engine: Engine;
  readonly now: () => Date;
};

type Writer = { readonly user: SessionUser; readonly locale: Locale };

/** The file field `key` of the form; `attachment.not-file-field` when there is none. */
function fileField(bundle: FlowBundle, key: string): FileField {
  const field = bundle.form.fields.find((candidate) => candidate.key === key);
  if (field?.type === 'attachment' || field?.type === 'image') return field;

  throw fail('attachment.not-file-field', { field: key });
}

/**
 * Refuses an upload to a field the writer may not edit at `nodeId`, as the engine refuses such
 * a write (`storage.field-not-editable`), and records it in the audit log like the engine does.
 */
async function refuseNotEditable(
  deps: UploadDeps,
  refusal: { writer: Writer; field: FileField; instanceId: string | null; detail: object },
): Promise<never> {
  const { writer, field } = refusal;
  await writeAudit(deps.db, {
    actorId: writer.user.id,
    action: 'form.write-refused',
    instanceId: refusal.instanceId,
    detail: { ...refusal.detail, fields: [field.key], via: 'attachment' },
    now: deps.now(),
  });
  const label = resolveText(field.label, writer.locale);
  const place = { path: [field.key], locale: writer.locale };
  const issues = [serverIssue('attachment.field-not-editable', { field: label }, place)];

  throw storageError('storage.field-not-editable', { count: 1 }, { issues });
}

/**
 * The field an upload goes to, once the writer is allowed to put files there: on a new
 * request, the start node must let them edit it; on a running one, they must read the request
 * (`instance.forbidden`) and the field must be in their `editableFields`.
 */
export async function uploadTarget(
  deps: UploadDeps,
  writer: Writer,
  query: UploadQuery,
): Promise<FileField> {
  if ('flowKey' in query) {
    const published = await loadPublishedFlow(deps.db, query.flowKey);
    const field = fileField(published.bundle, query.field);
    const start = startNodeId(published.bundle.flow) ?? '';
    if (fieldAccessAt(published.bundle, start)[field.key] === 'edit') return field;
    const detail = { flowKey: published.flowKey, flowVersion: published.version, nodeId: start };

    return refuseNotEditable(deps, { writer, field, instanceId: null, detail });
  }
  const detail = await deps.engine.getInstance(query.instanceId);
  if (!detail) throw fail('instance.not-found', { id: query.instanceId });
  if (!canRead(detail, writer.user)) throw fail('instance.forbidden', { id: query.instanceId });
  const field = fileField(detail.bundle, query.field);
  if (editableFields(detail, writer.user).includes(field.key)) return field;
  const where = { flowKey: detail.flowKey, flowVersion: detail.flowVersion };

  return refuseNotEditable(deps, { writer, field, instanceId: detail.id, detail: where });
}
