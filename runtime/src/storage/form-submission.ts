import {
  type BusinessCalendar,
  defaultFormValues,
  fieldAccessAt,
  findStart,
  resolveText,
  validateFormValues,
  type FlowBundle,
  type FlowNode,
  type FormValues,
  type Locale,
  type ValidationIssue,
} from '@baton/schemas';
import type { Kysely } from 'kysely';
import type { InstanceState } from '../core/types.ts';
import { runtimeError } from '../messages.ts';
import type { AttachmentBinding } from './attachments.ts';
import { calendarDay } from './calendar-day.ts';
import type { CommandTarget } from './command-target.ts';
import { storageError } from './errors.ts';
import { writtenValues } from './field-writes.ts';
import { bindingsOf, resolveFiles } from './form-attachments.ts';
import { formIssue } from './form-issues.ts';
import { lookupIssues } from './form-lookups.ts';
import { auditedRefusal } from './refusal-audit.ts';
import type { BatonDatabase } from './schema.ts';

/**
 * What a command writes into the form: the whole form (start, resubmit: the initiator at the
 * start node) or an approver's patch by key (approve: at the task's node).
 */
export type FormWrite =
  | { readonly kind: 'submit'; readonly values: unknown }
  | { readonly kind: 'edit'; readonly taskId: string; readonly patch: Record<string, unknown> };

export type FormInput = {
  readonly write: FormWrite;
  /** Language of the issues (default en). */
  readonly locale?: Locale | undefined;
  /** The caller lets the actor read every request (admins): references are not limited. */
  readonly canReadAll?: boolean | undefined;
};

/** Values the core may store, and the uploads the command binds to its request. */
export type PreparedForm = {
  readonly values: FormValues;
  readonly bindings: readonly AttachmentBinding[];
};

type Prepare = {
  readonly target: CommandTarget;
  readonly actorId: string;
  readonly input: FormInput;
  /** The command's clock reading, and the business calendar (its day is "today"). */
  readonly at: string;
  readonly calendar: BusinessCalendar;
  /** Lock the file rows read (PostgreSQL, in a transaction). */
  readonly lock: boolean;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node the writer acts at: the start node for a submission, the task's for an edit. */
function writerNode(bundle: FlowBundle, state: InstanceState | null, write: FormWrite) {
  const nodeId =
    write.kind === 'edit'
      ? state?.tasks.find((task) => task.id === write.taskId)?.nodeId
      : findStart(bundle.flow)?.id;
  const node = bundle.flow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node && write.kind === 'edit')
    throw runtimeError('task.not-found', { taskId: write.taskId });
  if (!node) throw runtimeError('flow.no-start');

  return node;
}

function formInvalid(issues: readonly ValidationIssue[]) {
  const count = issues.filter((issue) => issue.severity === 'error').length;

  return storageError('storage.form-invalid', { count }, { issues });
}

/** The refusal of a write to fields not editable at `node`, marked for the audit log. */
function notEditable(options: Prepare, where: { node: FlowNode; refused: readonly string[] }) {
  const { target, input } = options;
  const locale = input.locale ?? 'en';
  const fields = target.flow.bundle.form.fields.filter((f) => where.refused.includes(f.key));
  const step = resolveText(where.node.name, locale);
  const issues = fields.map((field) =>
    formIssue('form.field.not-editable', { field, locale }, { step }),
  );
  const error = storageError('storage.field-not-editable', { count: fields.length }, { issues });
  const { write } = input;
  const detail = {
    flowKey: target.flow.flowKey,
    flowVersion: target.flow.version,
    nodeId: where.node.id,
    fields: where.refused,
    ...(write.kind === 'edit' ? { taskId: write.taskId } : {}),
  };
  const instanceId = target.instance?.row.id ?? null;

  return auditedRefusal(error, { action: 'form.write-refused', instanceId, detail });
}

/**
 * The values the writer's input comes to under the field access of the node they act at, or
 * the refusal of a write to a field they may not change there.
 */
function accessChecked(options: Prepare, today: string): Record<string, unknown> {
  const { bundle } = options.target.flow;
  const state = options.target.instance?.view.state ?? null;
  const { write, locale = 'en' } = options.input;
  const submitted = write.kind === 'edit' ? write.patch : write.values;
  if (!isRecord(submitted))
    throw formInvalid(validateFormValues(bundle.form, submitted, { locale }).issues);
  const node = writerNode(bundle, state, write);
  const written = writtenValues({
    form: bundle.form,
    access: fieldAccessAt(bundle, node.id),
    base: state ? state.values : defaultFormValues(bundle.form, today),
    submitted,
    whole: write.kind === 'submit',
  });
  if (written.refused.length > 0) throw notEditable(options, { node, refused: written.refused });

  return written.values;
}

/**
 * Turns what a command writes into the values the core stores, or refuses it. The engine is
 * the judge whoever calls it (API, CLI, tokens):
 * - fields the writer may not change at their node (`fieldAccessAt`) keep what the request
 *   holds (at the start: their defaults); a value that would change one refuses the whole
 *   command (`storage.field-not-editable`, one `form.field.not-editable` issue per field), and
 *   the refusal is recorded in the audit log as `form.write-refused` (keys, never values);
 * - file ids become the stored files' summaries, each the writer's own unbound upload or a
 *   file already on this request's same field;
 * - the whole is validated against the form (linkage rules, formulas, file limits, `previous`
 *   values for disabled fields);
 * - new remote codes must be active master data, new references readable requests.
 * Every other problem is one issue of `storage.form-invalid`, all found at once.
 */
export async function prepareForm(
  db: Kysely<BatonDatabase>,
  options: Prepare,
): Promise<PreparedForm> {
  const { target, input, actorId, calendar } = options;
  const { form } = target.flow.bundle;
  const state = target.instance?.view.state ?? null;
  const locale = input.locale ?? 'en';
  const today = calendarDay(options.at, calendar.timeZone);
  const values = accessChecked(options, today);

  const instanceId = state?.id ?? null;
  const { lock } = options;
  const files = await resolveFiles(db, { form, values, actorId, instanceId, locale, lock });
  const previous = state?.values ?? {};
  const checks = state ? { locale, previous, today, calendar } : { locale, today, calendar };
  const validation = validateFormValues(form, files.values, checks);
  const canReadAll = input.canReadAll === true;
  const lookups = await lookupIssues(db, {
    form,
    values: validation.values,
    previous,
    actorId,
    canReadAll,
    locale,
  });
  const issues = [...files.issues, ...validation.issues, ...lookups];
  if (issues.some((issue) => issue.severity === 'error')) throw formInvalid(issues);

  return { values: validation.values, bindings: bindingsOf(form, validation.values, files.files) };
}
