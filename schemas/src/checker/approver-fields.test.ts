import { describe, expect, it } from 'vitest';
import { expenseForm } from '../expression/test-form.ts';
import { FormDefinition } from '../form/form.ts';
import { checkFlow } from './check-flow.ts';
import { expenseFlow, node, summarize } from './test-flows.ts';

const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    ...expenseForm.fields,
    { key: 'costDept', type: 'department', label: 'Cost department' },
    { key: 'payee', type: 'user', label: 'Payee' },
  ],
});

/** The expense flow on the form above, its manager step asking `approvers`. */
function withApprovers(approvers: unknown[], policies?: Record<string, unknown>) {
  const flow = { ...expenseFlow(), form };
  flow.flow.nodes[1] = node('manager', 'approval', { approvers });
  if (policies) Reflect.set(flow.flow, 'policies', policies);

  return flow;
}

const check = (approvers: unknown[], policies?: Record<string, unknown>) =>
  summarize(checkFlow(withApprovers(approvers, policies)));

describe('checkFlow approver rules reading form fields', () => {
  it('accepts fields of the right types', () => {
    expect(
      check([
        { kind: 'departmentHead', field: 'costDept' },
        { kind: 'formField', field: 'payee' },
        { kind: 'formField', field: 'costDept' },
        { kind: 'supervisorChain', end: { kind: 'approvalLimit', field: 'amount' } },
        { kind: 'supervisorChain', end: { kind: 'approvalLimit', field: 'itemsTotal' } },
      ]),
    ).toEqual([]);
  });

  it('refuses unknown fields and fields of the wrong type, at the field key', () => {
    expect(
      check([
        { kind: 'departmentHead', field: 'payee' },
        { kind: 'formField', field: 'nobody' },
        { kind: 'formField', field: 'amount' },
        { kind: 'supervisorChain', end: { kind: 'approvalLimit', field: 'description' } },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "approver.field-type @manager flow.nodes.1.config.approvers.0.field: Step "Manager": an approver rule reads the field Payee, which must be a department field",
        "approver.unknown-field @manager flow.nodes.1.config.approvers.1.field: Step "Manager": an approver rule reads the field "nobody", which the form does not have",
        "approver.field-type @manager flow.nodes.1.config.approvers.2.field: Step "Manager": an approver rule reads the field Amount, which must be a user or department field",
        "approver.field-type @manager flow.nodes.1.config.approvers.3.end.field: Step "Manager": an approver rule reads the field Description, which must be a money, number or computed field",
      ]
    `);
  });

  it('checks the rules inside the cases of a conditional rule', () => {
    const conditional = {
      kind: 'conditional',
      cases: [{ when: 'amount > 1', rules: [{ kind: 'formField', field: 'date' }] }],
      otherwise: [{ kind: 'departmentHead', field: 'gone' }],
    };

    expect(check([conditional]).map((line) => line.split(':')[0])).toEqual([
      'approver.field-type @manager flow.nodes.1.config.approvers.0.cases.0.rules.0.field',
      'approver.unknown-field @manager flow.nodes.1.config.approvers.0.otherwise.0.field',
    ]);
  });

  it('type-checks conditions with the initiator facts, keeping the offsets', () => {
    const conditional = {
      kind: 'conditional',
      cases: [
        {
          when: "amount >= 50000 && 'finance' in initiatorRoles",
          rules: [{ kind: 'role', role: 'x' }],
        },
        { when: 'amout > 5', rules: [{ kind: 'role', role: 'x' }] },
        { when: 'amount + 1', rules: [{ kind: 'role', role: 'x' }] },
      ],
    };

    expect(check([conditional])).toMatchInlineSnapshot(`
      [
        "expr.unknown-field @manager flow.nodes.1.config.approvers.0.cases.1.when [0-5]: Condition 2 of the approvers of "Manager": Unknown field "amout"",
        "expr.result-type @manager flow.nodes.1.config.approvers.0.cases.2.when [0-10]: Condition 3 of the approvers of "Manager": The expression must give true/false but gives money",
      ]
    `);
  });

  it('needs an amount field for the minimum-approvers policy', () => {
    const policies = {
      minApprovers: [
        { field: 'amount', atLeast: '50000', approvers: 2 },
        { field: 'costCentre', atLeast: '1', approvers: 2 },
        { field: 'missing', atLeast: '1', approvers: 3 },
      ],
    };

    expect(check([{ kind: 'role', role: 'x' }], policies)).toMatchInlineSnapshot(`
      [
        "policy.field-type flow.policies.minApprovers.1.field: The policy "at least 2 approvers" reads the field Cost centre, which must be a money, number or computed field",
        "policy.unknown-field flow.policies.minApprovers.2.field: The policy "at least 3 approvers" reads the field "missing", which the form does not have",
      ]
    `);
  });
});
