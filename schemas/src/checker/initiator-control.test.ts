import { describe, expect, it } from 'vitest';
import { expenseForm } from '../expression/test-form.ts';
import { FormDefinition } from '../form/form.ts';
import { checkFlow } from './check-flow.ts';
import { expenseFlow, node, summarize } from './test-flows.ts';

const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    ...expenseForm.fields,
    { key: 'payee', type: 'user', label: 'Payee' },
    { key: 'costDept', type: 'department', label: 'Cost department' },
  ],
});

/** The expense flow on the form above, its manager step with this config. */
function withManager(config: Record<string, unknown>, fields = form.fields) {
  const flow = { ...expenseFlow(), form: { ...form, fields } };
  flow.flow.nodes[1] = node('manager', 'approval', config);

  return flow;
}

const codes = (config: Record<string, unknown>) =>
  checkFlow(withManager(config)).map((issue) => issue.code);

describe('checkFlow: an initiator who chooses approvers that approve them automatically', () => {
  it('warns when the initiator names the approver in a form field', () => {
    const issues = checkFlow(
      withManager({ approvers: [{ kind: 'formField', field: 'payee' }], initiator: 'autoApprove' }),
    );

    expect(summarize(issues)).toMatchInlineSnapshot(`
      [
        "approval.initiator-picks-self (warning) @manager flow.nodes.1.config.initiator: Approval step "Manager" approves automatically when the initiator is one of its approvers, and the initiator decides who its approvers are (a form field or their own pick): the initiator can name themselves and be approved automatically",
      ]
    `);
  });

  it('warns for an initiator pick and for a form field inside a conditional rule', () => {
    const conditional = {
      kind: 'conditional',
      cases: [{ when: 'amount >= 1000', rules: [{ kind: 'formField', field: 'payee' }] }],
      otherwise: [{ kind: 'supervisor', level: 1 }],
    };

    expect(codes({ approvers: [{ kind: 'initiatorPicks' }], initiator: 'autoApprove' })).toEqual([
      'approval.initiator-picks-self',
    ]);
    expect(codes({ approvers: [conditional], initiator: 'autoApprove' })).toEqual([
      'approval.initiator-picks-self',
    ]);
  });

  it('stays quiet when the initiator does not choose, or is not approved automatically', () => {
    expect(
      codes({ approvers: [{ kind: 'supervisor', level: 1 }], initiator: 'autoApprove' }),
    ).toEqual([]);
    expect(
      codes({ approvers: [{ kind: 'formField', field: 'payee' }], initiator: 'skip' }),
    ).toEqual([]);
    expect(codes({ approvers: [{ kind: 'formField', field: 'payee' }] })).toEqual([]);
  });
});

describe('checkFlow: veto members who are not approvers', () => {
  it('warns at each veto id missing from a step of named users only', () => {
    const config = {
      approvers: [{ kind: 'user', userIds: ['u1', 'u2'] }],
      mode: 'all',
      vetoUserIds: ['u2', 'u7'],
    };

    expect(summarize(checkFlow(withManager(config)))).toMatchInlineSnapshot(`
      [
        "approval.veto-not-approver (warning) @manager flow.nodes.1.config.vetoUserIds.1: Approval step "Manager": the veto member "u7" is not one of its approvers, so they get no task and can never veto",
      ]
    `);
  });

  it('counts users named inside conditional rules, and says nothing when roles decide', () => {
    const conditional = {
      kind: 'conditional',
      cases: [{ when: 'amount >= 1000', rules: [{ kind: 'user', userIds: ['u7'] }] }],
      otherwise: [{ kind: 'user', userIds: ['u1'] }],
    };

    expect(codes({ approvers: [conditional], vetoUserIds: ['u7', 'u1'] })).toEqual([]);
    expect(
      codes({
        approvers: [
          { kind: 'user', userIds: ['u1'] },
          { kind: 'role', role: 'finance' },
        ],
        vetoUserIds: ['u9'],
      }),
    ).toEqual([]);
  });
});

describe('checkFlow: form fields named like the initiator facts of approver conditions', () => {
  const fields = FormDefinition.parse({
    schemaVersion: 1,
    fields: [
      ...form.fields,
      { key: 'initiatorRoles', type: 'text', label: { en: 'Roles', 'zh-CN': '角色' } },
    ],
  }).fields;
  const conditional = {
    kind: 'conditional',
    cases: [{ when: '"finance" in initiatorRoles', rules: [{ kind: 'role', role: 'finance' }] }],
    otherwise: [{ kind: 'supervisor', level: 1 }],
  };

  it('warns at the field key when the flow has conditional rules', () => {
    // given a text field `initiatorRoles` and a condition reading `initiatorRoles`
    const flow = withManager({ approvers: [conditional] }, fields);

    expect(
      summarize(checkFlow(flow, { locale: 'zh-CN' })).filter((line) => line.includes('shadowed')),
    ).toMatchInlineSnapshot(`
      [
        "approver.field-shadowed (warning) form.fields.9.key: 表单字段角色的键为“initiatorRoles”，审批人条件中这个名称表示发起人：条件里的“initiatorRoles”读取的是发起人，而不是该字段。请重命名该字段",
      ]
    `);
  });

  it('stays quiet without conditional rules', () => {
    const flow = withManager({ approvers: [{ kind: 'supervisor', level: 1 }] }, fields);

    expect(checkFlow(flow).map((issue) => issue.code)).not.toContain('approver.field-shadowed');
  });
});
