import { describe, expect, it } from 'vitest';
import { Org } from '../org/org.ts';
import { checkFlow } from './check-flow.ts';
import { expenseFlow, node, summarize } from './test-flows.ts';

const org = Org.parse({
  schemaVersion: 1,
  name: 'Test',
  departments: [],
  users: [
    { id: 'u1', username: 'u1', name: 'One', departmentId: null, supervisorId: null, roles: [] },
  ],
  roles: [],
});

describe('checkFlow repeated issues', () => {
  it('gives 20,000 identical entries one warning with their count, at the first', () => {
    // given a step naming one user and, 20,000 times, a group the org does not have
    const flow = expenseFlow();
    const ghosts = Array.from({ length: 20_000 }, () => ({ kind: 'group', group: 'ghosts' }));
    flow.flow.nodes[3] = node('finance', 'approval', {
      approvers: [{ kind: 'user', userIds: ['u1'] }, ...ghosts],
    });

    // when it is checked with the org
    const issues = checkFlow(flow, { org });

    // then one warning says so, at the first of them
    expect(summarize(issues)).toMatchInlineSnapshot(`
      [
        "approver.unknown-group (warning) @finance flow.nodes.3.config.approvers.1.group: Step "Finance" asks for the group "ghosts", which the organization does not have (20000 times)",
      ]
    `);
  });

  it('keeps issues apart that differ in node or parameters', () => {
    const flow = expenseFlow();
    const rules = [
      { kind: 'group', group: 'a' },
      { kind: 'group', group: 'b' },
      { kind: 'user', userIds: ['u1'] },
    ];
    flow.flow.nodes[1] = node('manager', 'approval', { approvers: rules });
    flow.flow.nodes[3] = node('finance', 'approval', { approvers: rules });

    const issues = checkFlow(flow, { org, locale: 'zh-CN' });

    expect(issues.map((issue) => [issue.nodeId, issue.path.join('.')])).toEqual([
      ['manager', 'flow.nodes.1.config.approvers.0.group'],
      ['manager', 'flow.nodes.1.config.approvers.1.group'],
      ['finance', 'flow.nodes.3.config.approvers.0.group'],
      ['finance', 'flow.nodes.3.config.approvers.1.group'],
    ]);
    expect(issues.some((issue) => issue.message.includes('共'))).toBe(false);
  });
});
