import { excerpt } from '../../excerpt.ts';
import { fieldAccessAt } from '../../form/access.ts';
import { defaultFormValues } from '../../form/defaults.ts';
import type { FormField } from '../../form/form.ts';
import { fieldLabel } from '../../form/labels.ts';
import type { CheckContext } from '../context.ts';

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
 * A required field that is not editable at a start step and has no default: nobody could ever
 * fill it in, so no request could be submitted (an error at its `fieldAccess` entry). @internal
 */
function checkStartFill(ctx: CheckContext): void {
  const { form } = ctx.bundle;
  const defaults = defaultFormValues(form, '2000-01-01');
  ctx.index.graphNodes.forEach((position) => {
    if (ctx.capabilities(position).isStart !== true) return;
    const nodeId = ctx.index.nodes[position]?.id ?? '';
    const access = fieldAccessAt(ctx.bundle, nodeId);
    for (const field of form.fields) {
      if (!('required' in field) || !field.required || NEVER_EDITABLE.has(field.type)) continue;
      if (access[field.key] === 'edit' || fills(defaults[field.key])) continue;
      const path = ['flow', 'fieldAccess', nodeId, field.key];
      const params = { field: fieldLabel(field, ctx.locale) };
      ctx.atNode(position, 'flow.field-access.required-hidden', params, { path });
    }
  });
}

/** The checks of `flow.fieldAccess` against the flow and its form. @internal */
export function checkFieldAccess(ctx: CheckContext): void {
  const fields = new Map(ctx.bundle.form.fields.map((field) => [field.key, field]));
  checkEntries(ctx, fields);
  checkStartFill(ctx);
}
