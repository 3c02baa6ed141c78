import { formulaReferences } from '../../form/computed.ts';
import type { FormField } from '../../form/form.ts';
import { fieldLabel } from '../../form/labels.ts';
import { RULE_KEYS, ruleOf } from '../../form/rules.ts';
import { phrase } from '../../messages.ts';
import type { CheckContext } from '../context.ts';

/** What one field's formula and rules read: "Formula of Tax" → the keys it names. */
function readsOf(field: FormField, ctx: CheckContext): Array<[string, Set<string>]> {
  const { locale } = ctx;
  const label = fieldLabel(field, locale);
  const reads: Array<[string, Set<string>]> = [];
  if (field.type === 'computed')
    reads.push([
      phrase('where.formula', { field: label }, locale),
      formulaReferences(field.formula),
    ]);
  for (const rule of RULE_KEYS) {
    const source = ruleOf(field, rule);
    if (source === undefined) continue;
    const where = phrase(
      'where.rule',
      { rule: phrase(`rule.${rule}`, {}, locale), field: label },
      locale,
    );
    reads.push([where, formulaReferences(source)]);
  }

  return reads;
}

/**
 * A field readable at a step whose formula or linkage rule reads a field hidden there tells
 * what the hidden one holds (a tax shown over a hidden amount, a note shown only while the
 * hidden amount is over 1,000): a warning at the step's entry for the field, naming the step,
 * the formula or rule, and the hidden fields it reads. Steps not listed in `fieldAccess` hide
 * nothing. @internal
 */
export function checkRevealsHidden(ctx: CheckContext): void {
  const { form } = ctx.bundle;
  const labels = new Map(form.fields.map((field) => [field.key, fieldLabel(field, ctx.locale)]));
  // Parsed once: a flow may list many steps.
  const reading = form.fields
    .map((field) => ({ field, reads: readsOf(field, ctx) }))
    .filter(({ reads }) => reads.length > 0);
  for (const nodeId of Object.keys(ctx.bundle.flow.fieldAccess ?? {})) {
    const position = ctx.index.byId.get(nodeId);
    if (position === undefined) continue;
    // Only a listed entry hides a field (the defaults are edit and read).
    const listed = ctx.bundle.flow.fieldAccess?.[nodeId] ?? {};
    const hidden = (key: string) => Object.hasOwn(listed, key) && listed[key] === 'hidden';
    for (const { field, reads } of reading) {
      if (hidden(field.key)) continue;
      for (const [where, keys] of reads) {
        const read = [...keys].filter(hidden).map((key) => labels.get(key) ?? key);
        if (read.length === 0) continue;
        const params = { where, hidden: read.join(', '), field: labels.get(field.key) ?? '' };
        const path = ['flow', 'fieldAccess', nodeId, field.key];
        ctx.atNode(position, 'flow.field-access.reveals-hidden', params, {
          path,
          severity: 'warning',
        });
      }
    }
  }
}
