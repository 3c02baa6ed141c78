import { describe, expect, it } from 'vitest';
import { checkFlow } from './check-flow.ts';
import { expenseFlow, summarize } from './test-flows.ts';

function withAccess(fieldAccess: Record<string, Record<string, string>>) {
  const bundle = expenseFlow();

  return { ...bundle, flow: { ...bundle.flow, fieldAccess } };
}

type AccessBundle = ReturnType<typeof withAccess> & {
  flow: { fieldAccess?: Record<string, Record<string, string>> };
};

const fieldAccessLines = (bundle: AccessBundle) =>
  summarize(checkFlow(bundle)).filter((line) => line.includes('field-access'));

const accessIssues = (fieldAccess: Record<string, Record<string, string>>) =>
  fieldAccessLines(withAccess(fieldAccess));

/** The expense flow with one more field at the end of its form. */
function withRule(field: Record<string, unknown>): AccessBundle {
  const bundle = withAccess({});

  return {
    ...bundle,
    form: { ...bundle.form, fields: [...bundle.form.fields, field] },
  } as AccessBundle;
}

describe('checkFlow field access', () => {
  it('accepts access entries for existing steps and fields', () => {
    const issues = accessIssues({ manager: { amount: 'edit', description: 'hidden' } });

    expect(issues).toEqual([]);
  });

  it('reports a step or a field that does not exist, at the entry', () => {
    expect(accessIssues({ ghost: { amount: 'read' }, manager: { amout: 'edit' } }))
      .toMatchInlineSnapshot(`
        [
          "flow.field-access.unknown-node flow.fieldAccess.ghost: Field permissions name the step "ghost", which is not in the flow",
          "flow.field-access.unknown-field @manager flow.fieldAccess.manager.amout: Field permissions of "Manager" name the field "amout", which is not in the form",
        ]
      `);
  });

  it('warns about edit given to a computed field', () => {
    expect(accessIssues({ finance: { itemsTotal: 'edit' } })).toMatchInlineSnapshot(`
      [
        "flow.field-access.never-editable (warning) @finance flow.fieldAccess.finance.itemsTotal: Field permissions let "Finance" edit Total, which nobody types into: it is read-only there",
      ]
    `);
  });

  it('accepts a required field the initiator cannot fill in when a later step may edit it', () => {
    // given the required amount hidden at the start but editable by the manager
    const issues = accessIssues({ start: { amount: 'hidden' }, manager: { amount: 'edit' } });

    // then whoever may edit it fills it: nothing to report
    expect(issues).toEqual([]);
  });

  it('refuses a required field without a default that no step may edit', () => {
    // given the required amount hidden and the required description read-only at the start
    const issues = accessIssues({
      start: { amount: 'hidden', description: 'read', date: 'hidden' },
    });

    // then both are errors at the field; the optional date (defaults to today anyway) is not
    expect(issues).toMatchInlineSnapshot(`
      [
        "flow.field-access.required-not-editable form.fields.0.required: Description is required but no step may edit it and it has no default: nobody could fill it in",
        "flow.field-access.required-not-editable form.fields.1.required: Amount is required but no step may edit it and it has no default: nobody could fill it in",
      ]
    `);
  });

  it('refuses a field required by its rule that no step may edit', () => {
    // given a reason required over 1,000 that only the initiator could edit, but may not
    const bundle = withRule({
      key: 'reason',
      type: 'text',
      label: 'Reason',
      requiredWhen: 'amount > 1000',
    });
    bundle.flow.fieldAccess = { start: { reason: 'read' } };

    // then it is an error at its rule
    expect(fieldAccessLines(bundle)).toMatchInlineSnapshot(`
      [
        "flow.field-access.required-not-editable form.fields.7.requiredWhen: Reason is required but no step may edit it and it has no default: nobody could fill it in",
      ]
    `);
  });
});

describe('checkFlow fields that reveal hidden ones', () => {
  it('warns about a total the manager reads over items hidden from her', () => {
    expect(accessIssues({ manager: { items: 'hidden' } })).toMatchInlineSnapshot(`
      [
        "flow.field-access.reveals-hidden (warning) @manager flow.fieldAccess.manager.itemsTotal: At step "Manager", Formula of Total reads Items, which is hidden there: Total may reveal it",
      ]
    `);
  });

  it('warns about the rules of a readable field reading a hidden one', () => {
    // given a note shown, required and disabled by rules on the amount, which finance cannot see
    const bundle = withRule({
      key: 'note',
      type: 'text',
      label: 'Note',
      visibleWhen: 'amount > 100',
      requiredWhen: 'amount > 1000 && quantity > 1',
      disabledWhen: 'quantity > 5',
    });
    bundle.flow.fieldAccess = { finance: { amount: 'hidden' } };

    // then the two rules reading the amount are warnings at finance; the third is fine
    expect(fieldAccessLines(bundle)).toMatchInlineSnapshot(`
      [
        "flow.field-access.reveals-hidden (warning) @finance flow.fieldAccess.finance.note: At step "Finance", Show when of Note reads Amount, which is hidden there: Note may reveal it",
        "flow.field-access.reveals-hidden (warning) @finance flow.fieldAccess.finance.note: At step "Finance", Require when of Note reads Amount, which is hidden there: Note may reveal it",
      ]
    `);
  });

  it('says nothing of a hidden field reading another hidden one', () => {
    expect(accessIssues({ manager: { items: 'hidden', itemsTotal: 'hidden' } })).toEqual([]);
  });
});
