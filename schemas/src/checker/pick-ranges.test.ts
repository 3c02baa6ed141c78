import { describe, expect, it } from 'vitest';
import { Org } from '../org/org.ts';
import { checkFlow } from './check-flow.ts';
import { expenseFlow, node, summarize } from './test-flows.ts';

const org = Org.parse({
  schemaVersion: 1,
  name: 'Test',
  departments: [{ id: 'd1', name: 'Sales', parentId: null, headId: 'u1' }],
  users: [
    { id: 'u1', username: 'u1', name: 'One', departmentId: 'd1', supervisorId: null, roles: [] },
    {
      id: 'u2',
      username: 'u2',
      name: 'Two',
      departmentId: 'd1',
      supervisorId: 'u1',
      roles: ['legal'],
      positions: ['cashier'],
      disabled: true,
    },
  ],
  roles: [{ key: 'legal', name: { en: 'Legal', 'zh-CN': '法务' } }],
  positions: [{ key: 'cashier', name: { en: 'Cashier', 'zh-CN': '出纳' } }],
  groups: [{ key: 'board', name: { en: 'Board', 'zh-CN': '董事会' }, memberIds: ['u2'] }],
});

function picking(kind: 'initiatorPicks' | 'approverPicks', range: unknown[]) {
  const flow = expenseFlow();
  flow.flow.nodes[3] = node('finance', 'approval', { approvers: [{ kind, range }] });

  return flow;
}

describe('checkFlow pick ranges against the org', () => {
  it('refuses a range that names only unknown or disabled people, at the range', () => {
    // given a range of a disabled user, an unknown user, a role and a position only he holds,
    // a group of only him, and an unknown group
    const range = [
      { kind: 'user', userIds: ['u2', 'ghost'] },
      { kind: 'role', role: 'legal' },
      { kind: 'position', position: 'cashier' },
      { kind: 'group', group: 'board' },
      { kind: 'group', group: 'nowhere' },
    ];

    // when the flow is checked with the org, then every pick would be refused: an error
    expect(summarize(checkFlow(picking('initiatorPicks', range), { org }))).toMatchInlineSnapshot(`
      [
        "approver.pick-range-empty @finance flow.nodes.3.config.approvers.0.range: Step "Finance": nobody in the pick range can be chosen ("u2", "ghost", "legal", "cashier", "board" and 1 more: unknown, disabled or without enabled members), so every pick would be refused",
      ]
    `);
    expect(checkFlow(picking('approverPicks', range), { org }).map((i) => i.severity)).toEqual([
      'error',
    ]);
  });

  it('keeps warnings for a range with someone to pick, and says nothing without an org', () => {
    const range = [
      { kind: 'user', userIds: ['u1'] },
      { kind: 'group', group: 'nowhere' },
    ];

    expect(checkFlow(picking('initiatorPicks', range), { org }).map((i) => i.code)).toEqual([
      'approver.unknown-group',
    ]);
    expect(checkFlow(picking('initiatorPicks', range)).map((i) => i.code)).toEqual([]);
    expect(checkFlow(picking('initiatorPicks', []), { org }).map((i) => i.code)).toEqual([]);
  });
});
