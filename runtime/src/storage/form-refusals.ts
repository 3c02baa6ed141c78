import {
  resolveText,
  type FieldAccess,
  type FlowNode,
  type FormField,
  type Locale,
  type ValidationIssue,
} from '@baton/schemas';
import type { CommandTarget } from './command-target.ts';
import { storageError } from './errors.ts';
import { formIssue } from './form-issues.ts';
import { auditedRefusal } from './refusal-audit.ts';

/** The write refused: the request and form, the step acted at, the task, the language. */
export type RefusedWrite = {
  readonly target: CommandTarget;
  readonly node: FlowNode;
  readonly taskId: string | undefined;
  readonly locale: Locale;
};

/**
 * `storage.form-invalid` with every issue: validation lists at most 100 of its own, files at
 * most `maxFiles` per field, lookups one per field, so the list stays short.
 */
export function formInvalid(issues: readonly ValidationIssue[]) {
  const count = issues.filter((issue) => issue.severity === 'error').length;

  return storageError('storage.form-invalid', { count }, { issues });
}

/** What the audit log keeps of a refused write: keys, never values. */
function auditDetail(write: RefusedWrite, keys: Record<string, readonly string[]>) {
  const { target, node, taskId } = write;

  return {
    action: 'form.write-refused',
    instanceId: target.instance?.row.id ?? null,
    detail: {
      flowKey: target.flow.flowKey,
      flowVersion: target.flow.version,
      nodeId: node.id,
      ...keys,
      ...(taskId === undefined ? {} : { taskId }),
    },
  };
}

function fieldsOf(write: RefusedWrite, keys: readonly string[]): FormField[] {
  return write.target.flow.bundle.form.fields.filter((field) => keys.includes(field.key));
}

/** The refusal of a write to fields not editable at the step, marked for the audit log. */
export function notEditable(write: RefusedWrite, refused: readonly string[]) {
  const { locale } = write;
  const fields = fieldsOf(write, refused);
  const step = resolveText(write.node.name, locale);
  const issues = fields.map((field) =>
    formIssue('form.field.not-editable', { field, locale }, { step }),
  );
  const error = storageError('storage.field-not-editable', { count: fields.length }, { issues });

  return auditedRefusal(error, auditDetail(write, { fields: refused }));
}

/**
 * The refusal of a write whose linkage rules would clear fields the writer may not edit. Only
 * the fields the writer may read are named (one issue each); the count covers them all.
 */
export function wouldClear(
  write: RefusedWrite,
  cleared: { readonly keys: readonly string[]; readonly access: Record<string, FieldAccess> },
) {
  const { locale } = write;
  const step = resolveText(write.node.name, locale);
  const readable = fieldsOf(write, cleared.keys).filter(
    (field) => cleared.access[field.key] !== 'hidden',
  );
  const issues = readable.map((field) =>
    formIssue('form.field.would-clear', { field, locale }, { step }),
  );
  const count = cleared.keys.length;
  const error = storageError('storage.would-clear-fields', { count }, { issues });

  return auditedRefusal(error, auditDetail(write, { cleared: cleared.keys }));
}
