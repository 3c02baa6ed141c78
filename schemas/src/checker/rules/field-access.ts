import { excerpt } from '../../excerpt.ts';
import { fieldAccessAt } from '../../form/access.ts';
import { defaultFormValues } from '../../form/defaults.ts';
import type { FormField } from '../../form/form.ts';
import { fieldLabel } from '../../form/labels.ts';
import type { CheckContext } from '../context.ts';
import { checkRevealsHidden } from './access-reveals.ts';

const NEVER_EDITABLE: ReadonlySet<FormField['type']> = new Set([
  'computed',
  'description',
  'section',
]);

/** Whether a default fills a required field: present, not empty, a ticked box. */
function fills(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return false;

  return !Array.isArray(value) || value.length > 0;
}

/**
 * Entries of `flow.fieldAccess` that name a step or a field that does not exist (errors at the
 * entry), and `edit` given to a computed field, a description or a section (a warning: it
 * reads as `read`). @internal
 */
function checkEntries(ctx: CheckContext, fields: ReadonlyMap<string, FormField>): void {
  const entries = ctx.bundle.flow.fieldAccess ?? {};
  for (const [nodeId, byField] of Object.entries(entries)) {
    const path = ['flow', 'fieldAccess', nodeId];
    const position = ctx.index.byId.get(nodeId);
    if (position === undefined) {
      ctx.report('flow.field-access.unknown-node', { node: excerpt(nodeId) }, { path });
      continue;
    }
    for (const [key, access] of Object.entries(byField)) {
      const field = fields.get(key);
      const at = { path: [...path, key] };
      if (!field)
        ctx.atNode(position, 'flow.field-access.unknown-field', { key: excerpt(key) }, at);
      else if (access === 'edit' && NEVER_EDITABLE.has(field.type)) {
        const params = { field: fieldLabel(field, ctx.locale) };
        ctx.atNode(position, 'flow.field-access.never-editable', params, {
          ...at,
          severity: 'warning',
        });
      }
    }
  }
}

/**
 * Keys of the fields someone may edit: at a start node (`fieldAccessAt`: edit unless listed
 * otherwise), or listed as `edit` at a step with assignees.
 */
function editedKeys(ctx: CheckContext): Set<string> {
  const entries = ctx.bundle.flow.fieldAccess ?? {};
  const edited = new Set<string>();
  for (const position of ctx.index.graphNodes) {
    const { isStart, needsAssignees } = ctx.capabilities(position);
    if (isStart !== true && needsAssignees !== true) continue;
    const id = ctx.index.nodes[position]?.id ?? '';
    const listed = Object.hasOwn(entries, id) ? entries[id] : undefined;
    const access = isStart === true ? fieldAccessAt(ctx.bundle, id) : (listed ?? {});
    for (const [key, given] of Object.entries(access)) if (given === 'edit') edited.add(key);
  }

  return edited;
}

/** The rule that makes a field required: `required`, else `requiredWhen`, else none. */
function requiredBy(field: FormField): 'required' | 'requiredWhen' | undefined {
  if (NEVER_EDITABLE.has(field.type)) return undefined;
  if ('required' in field && field.required) return 'required';

  return 'requiredWhen' in field && field.requiredWhen !== undefined ? 'requiredWhen' : undefined;
}

/**
 * A field is required only of a writer who may edit it (see `validateFormValues`), so a
 * required field (by `required` or `requiredWhen`) that no start or approval step may edit
 * and that has no default could never be filled in: an error at the rule. A flow without a
 * start has its own error and is not looked at. @internal
 */
function checkRequiredFill(ctx: CheckContext): void {
  const { form } = ctx.bundle;
  const hasStart = (position: number) => ctx.capabilities(position).isStart === true;
  if (!ctx.index.graphNodes.some(hasStart)) return;
  const defaults = defaultFormValues(form, '2000-01-01');
  const edited = editedKeys(ctx);
  form.fields.forEach((field, index) => {
    const rule = requiredBy(field);
    if (rule === undefined || fills(defaults[field.key]) || edited.has(field.key)) return;
    const params = { field: fieldLabel(field, ctx.locale) };
    ctx.report('flow.field-access.required-not-editable', params, {
      path: ['form', 'fields', index, rule],
    });
  });
}

/** The checks of `flow.fieldAccess` against the flow and its form. @internal */
export function checkFieldAccess(ctx: CheckContext): void {
  const fields = new Map(ctx.bundle.form.fields.map((field) => [field.key, field]));
  checkEntries(ctx, fields);
  checkRequiredFill(ctx);
  checkRevealsHidden(ctx);
}
