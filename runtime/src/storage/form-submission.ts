import {
  type AccessMap,
  type BusinessCalendar,
  defaultFormValues,
  editableKeys,
  fieldAccessAt,
  validateFormValues,
  type FormValues,
  type Locale,
} from '@baton/schemas';
import type { Kysely } from 'kysely';
import { runtimeError } from '../messages.ts';
import type { AttachmentBinding } from './attachments.ts';
import { calendarDay } from './calendar-day.ts';
import type { CommandTarget } from './command-target.ts';
import { clearedKeys, writtenValues } from './field-writes.ts';
import { bindingsOf, resolveFiles } from './form-attachments.ts';
import { lookupIssues } from './form-lookups.ts';
import { formInvalid, notEditable, wouldClear, type RefusedWrite } from './form-refusals.ts';
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
  /** The node whose field access governs the write (see `formWriterNode`). */
  readonly nodeId: string;
  /** The command's clock reading, and the business calendar (its day is "today"). */
  readonly at: string;
  readonly calendar: BusinessCalendar;
  /** Lock the file rows read (PostgreSQL, in a transaction). */
  readonly lock: boolean;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The refused write's context, for the refusals of form-refusals.ts. */
function refusedWrite(options: Prepare): RefusedWrite {
  const { target, input, nodeId } = options;
  const node = target.flow.bundle.flow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) throw runtimeError('flow.unknown-node', { nodeId });
  const taskId = input.write.kind === 'edit' ? input.write.taskId : undefined;

  return { target, node, taskId, locale: input.locale ?? 'en' };
}

/**
 * The values the writer's input comes to under the field access of the node they act at, or
 * the refusal of a write to a field they may not change there.
 */
function accessChecked(options: Prepare, ctx: { today: string; access: AccessMap }) {
  const { bundle } = options.target.flow;
  const state = options.target.instance?.view.state ?? null;
  const { write, locale = 'en' } = options.input;
  const submitted = write.kind === 'edit' ? write.patch : write.values;
  if (!isRecord(submitted))
    throw formInvalid(validateFormValues(bundle.form, submitted, { locale }).issues);
  const written = writtenValues({
    form: bundle.form,
    access: ctx.access,
    base: state ? state.values : defaultFormValues(bundle.form, ctx.today),
    submitted,
    whole: write.kind === 'submit',
  });
  if (written.refused.length > 0) throw notEditable(refusedWrite(options), written.refused);

  return written.values;
}

/** An approval that changes nothing at a step where nothing is editable: nothing to check. */
function nothingToCheck(write: FormWrite, access: AccessMap): boolean {
  return (
    write.kind === 'edit' &&
    Object.keys(write.patch).length === 0 &&
    editableKeys(access).length === 0
  );
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
 *   values for disabled fields), a field being required of the writer only where they may
 *   edit it (so an approval at a step that edits a required, empty field is refused even
 *   without values);
 * - new remote codes must be active master data, new references readable requests;
 * - a write whose linkage rules would clear a value the writer may not edit is refused
 *   (`storage.would-clear-fields`, naming only fields they may read) and audited.
 * Every other problem is one issue of `storage.form-invalid`, all found at once. The node is
 * the one `formWriterNode` gave: who may act was checked before anything here.
 */
export async function prepareForm(
  db: Kysely<BatonDatabase>,
  options: Prepare,
): Promise<PreparedForm> {
  const { target, input, actorId, calendar } = options;
  const { form } = target.flow.bundle;
  const state = target.instance?.view.state ?? null;
  const access = fieldAccessAt(target.flow.bundle, options.nodeId);
  if (state && nothingToCheck(input.write, access)) return { values: state.values, bindings: [] };
  const locale = input.locale ?? 'en';
  const today = calendarDay(options.at, calendar.timeZone);
  const values = accessChecked(options, { today, access });

  const instanceId = state?.id ?? null;
  const { lock } = options;
  const files = await resolveFiles(db, { form, values, actorId, instanceId, locale, lock });
  const previous = state?.values ?? {};
  const rules = state ? { previous, today, calendar } : { today, calendar };
  const validation = validateFormValues(form, files.values, { ...rules, locale, access });
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
  const cleared = clearedKeys({ form, access, before: previous, after: validation.values });
  if (cleared.length > 0) throw wouldClear(refusedWrite(options), { keys: cleared, access });

  return { values: validation.values, bindings: bindingsOf(form, validation.values, files.files) };
}
