import { describe, expect, it } from 'vitest';
import { Org } from '../org/org.ts';
import { checkFlow } from './check-flow.ts';
import { bundle, edge, expenseFlow, node, summarize } from './test-flows.ts';

const org = Org.parse({
  schemaVersion: 1,
  name: 'Test',
  departments: [{ id: 'd1', name: 'Sales', parentId: null, headId: 'u1' }],
  users: [
    {
      id: 'u1',
      username: 'wang.fang',
      name: 'Wang Fang',
      departmentId: 'd1',
      supervisorId: null,
      roles: ['finance'],
    },
    {
      id: 'u2',
      username: 'old.user',
      name: 'Old',
      departmentId: 'd1',
      supervisorId: 'u1',
      roles: ['legal'],
      disabled: true,
    },
  ],
  roles: [
    { key: 'finance', name: { en: 'Finance', 'zh-CN': '财务' } },
    { key: 'legal', name: { en: 'Legal', 'zh-CN': '法务' } },
  ],
});

describe('checkFlow approvers', () => {
  it('reports an approval step without approvers', () => {
    const flow = expenseFlow();
    flow.flow.nodes[1] = node('manager', 'approval', {});

    expect(summarize(checkFlow(flow))).toMatchInlineSnapshot(`
      [
        "approval.no-approvers @manager flow.nodes.1.config.approvers: Approval step "Manager" has no approvers",
      ]
    `);
  });

  it('warns about a CC step without recipients', () => {
    const flow = expenseFlow();
    flow.flow.nodes[1] = node('manager', 'cc', { recipients: [] });

    expect(summarize(checkFlow(flow))).toMatchInlineSnapshot(`
      [
        "cc.no-recipients (warning) @manager flow.nodes.1.config.recipients: CC step "Manager" has no recipients",
      ]
    `);
  });

  it('warns about roles and users the org does not have, only when given the org', () => {
    const flow = expenseFlow();
    flow.flow.nodes[1] = node('manager', 'approval', {
      approvers: [
        { kind: 'role', role: 'auditor' },
        { kind: 'role', role: 'legal' },
        { kind: 'user', userIds: ['u1', 'u2', 'u9'] },
      ],
    });

    expect(checkFlow(flow)).toEqual([]);
    expect(summarize(checkFlow(flow, { org }))).toMatchInlineSnapshot(`
      [
        "approver.unknown-role (warning) @manager flow.nodes.1.config.approvers.0.role: Step "Manager" asks for the role "auditor", which the organization does not have",
        "approver.role-without-users (warning) @manager flow.nodes.1.config.approvers.1.role: Step "Manager" asks for the role "legal", which nobody holds",
        "approver.disabled-user (warning) @manager flow.nodes.1.config.approvers.2.userIds.1: Step "Manager" names the user "u2", whose account is disabled",
        "approver.unknown-user (warning) @manager flow.nodes.1.config.approvers.2.userIds.2: Step "Manager" names the user "u9", who is not in the organization",
      ]
    `);
  });

  it('makes an approval step whose approvers are all unknown an error', () => {
    // given an approval step naming only a role and users the org does not have
    const flow = expenseFlow();
    flow.flow.nodes[3] = node('finance', 'approval', {
      approvers: [
        { kind: 'role', role: 'auditor' },
        { kind: 'user', userIds: ['u8', 'u9'] },
      ],
    });

    // when it is checked with the org, then nobody could approve it: an error
    expect(summarize(checkFlow(flow, { org }))).toMatchInlineSnapshot(`
      [
        "approval.unknown-approver @finance flow.nodes.3.config.approvers: Approval step "Finance" names only approvers the organization does not have ("auditor", "u8", "u9"), so nobody could approve it",
      ]
    `);
  });

  it('keeps a partly unknown approver list a warning', () => {
    const flow = expenseFlow();
    flow.flow.nodes[3] = node('finance', 'approval', {
      approvers: [
        { kind: 'role', role: 'auditor' },
        { kind: 'user', userIds: ['u1'] },
      ],
    });

    expect(summarize(checkFlow(flow, { org }))).toMatchInlineSnapshot(`
      [
        "approver.unknown-role (warning) @finance flow.nodes.3.config.approvers.0.role: Step "Finance" asks for the role "auditor", which the organization does not have",
      ]
    `);
  });

  it('warns about a role that exists but whose only holder is disabled', () => {
    const flow = expenseFlow();
    flow.flow.nodes[3] = node('finance', 'approval', {
      approvers: [{ kind: 'role', role: 'legal' }],
    });

    expect(checkFlow(flow, { org })).toMatchObject([
      { code: 'approver.role-without-users', severity: 'warning', nodeId: 'finance' },
    ]);
  });
});

describe('checkFlow positions, groups, pick ranges, veto and fallback against the org', () => {
  const withGroups = Org.parse({
    ...org,
    positions: [
      { key: 'cashier', name: { en: 'Cashier', 'zh-CN': '出纳' } },
      { key: 'auditor', name: { en: 'Auditor', 'zh-CN': '审计' } },
    ],
    groups: [
      { key: 'board', name: { en: 'Board', 'zh-CN': '董事会' }, memberIds: ['u1'] },
      { key: 'retired', name: { en: 'Retired', 'zh-CN': '退休' }, memberIds: ['u2'] },
    ],
    users: org.users.map((user) => (user.id === 'u1' ? { ...user, positions: ['cashier'] } : user)),
  });

  it('warns about unknown or empty positions and groups, at the key', () => {
    const flow = expenseFlow();
    flow.flow.nodes[3] = node('finance', 'approval', {
      approvers: [
        { kind: 'position', position: 'cashier' },
        { kind: 'position', position: 'auditor' },
        { kind: 'position', position: 'pilot' },
        { kind: 'group', group: 'board' },
        { kind: 'group', group: 'retired' },
        { kind: 'group', group: 'choir' },
      ],
    });

    expect(summarize(checkFlow(flow, { org: withGroups }))).toMatchInlineSnapshot(`
      [
        "approver.position-without-users (warning) @finance flow.nodes.3.config.approvers.1.position: Step "Finance" asks for the position "auditor", which nobody holds",
        "approver.unknown-position (warning) @finance flow.nodes.3.config.approvers.2.position: Step "Finance" asks for the position "pilot", which the organization does not have",
        "approver.group-without-users (warning) @finance flow.nodes.3.config.approvers.4.group: Step "Finance" asks for the group "retired", which has no enabled member",
        "approver.unknown-group (warning) @finance flow.nodes.3.config.approvers.5.group: Step "Finance" asks for the group "choir", which the organization does not have",
      ]
    `);
  });

  it('makes a step naming only unknown positions and groups an error', () => {
    const flow = expenseFlow();
    flow.flow.nodes[3] = node('finance', 'approval', {
      approvers: [
        { kind: 'position', position: 'pilot' },
        { kind: 'group', group: 'choir' },
      ],
    });

    expect(checkFlow(flow, { org: withGroups }).map((issue) => issue.code)).toEqual([
      'approval.unknown-approver',
    ]);
  });

  it('checks pick ranges, veto members and the fallback person', () => {
    const flow = expenseFlow();
    flow.flow.nodes[3] = node('finance', 'approval', {
      approvers: [
        {
          kind: 'approverPicks',
          range: [
            { kind: 'role', role: 'auditor' },
            { kind: 'user', userIds: ['u1', 'u9'] },
          ],
        },
      ],
      vetoUserIds: ['u1', 'u2'],
      ifNobody: 'user',
      fallbackUserId: 'u7',
    });

    expect(summarize(checkFlow(flow, { org: withGroups }))).toMatchInlineSnapshot(`
      [
        "approver.unknown-role (warning) @finance flow.nodes.3.config.approvers.0.range.0.role: Step "Finance" asks for the role "auditor", which the organization does not have",
        "approver.unknown-user (warning) @finance flow.nodes.3.config.approvers.0.range.1.userIds.1: Step "Finance" names the user "u9", who is not in the organization",
        "approver.disabled-user (warning) @finance flow.nodes.3.config.vetoUserIds.1: Step "Finance" names the user "u2", whose account is disabled",
        "approver.unknown-user (warning) @finance flow.nodes.3.config.fallbackUserId: Step "Finance" names the user "u7", who is not in the organization",
      ]
    `);
  });
});

describe('checkFlow approval presence', () => {
  it('warns that a start → end flow completes without anyone approving', () => {
    const flow = bundle([node('start', 'start'), node('end', 'end')], [edge('start', 'end')]);

    expect(summarize(checkFlow(flow))).toMatchInlineSnapshot(`
      [
        "flow.no-approval-step (warning) flow.nodes: The flow has no approval step: requests of this flow complete without anyone approving",
      ]
    `);
  });

  it('does not count a CC step as approving', () => {
    const flow = bundle(
      [node('start', 'start'), node('notify', 'cc'), node('end', 'end')],
      [edge('start', 'notify'), edge('notify', 'end')],
    );

    expect(checkFlow(flow).map((issue) => issue.code)).toEqual(['flow.no-approval-step']);
  });
});
