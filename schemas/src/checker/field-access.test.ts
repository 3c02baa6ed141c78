import { describe, expect, it } from 'vitest';
import { checkFlow } from './check-flow.ts';
import { expenseFlow, summarize } from './test-flows.ts';

function withAccess(fieldAccess: Record<string, Record<string, string>>) {
  const bundle = expenseFlow();

  return { ...bundle, flow: { ...bundle.flow, fieldAccess } };
}

const accessIssues = (fieldAccess: Record<string, Record<string, string>>) =>
  summarize(checkFlow(withAccess(fieldAccess))).filter((line) => line.includes('field-access'));

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

  it('refuses a required field without a default that the initiator cannot fill in', () => {
    // given the required amount hidden and the required description read-only at the start
    const issues = accessIssues({
      start: { amount: 'hidden', description: 'read', date: 'hidden' },
    });

    // then both are errors; the optional date (which defaults to today anyway) is not
    expect(issues).toMatchInlineSnapshot(`
      [
        "flow.field-access.required-hidden @start flow.fieldAccess.start.description: Description is required but not editable at the start step "Start" and has no default: nobody could fill it in",
        "flow.field-access.required-hidden @start flow.fieldAccess.start.amount: Amount is required but not editable at the start step "Start" and has no default: nobody could fill it in",
      ]
    `);
  });
});
