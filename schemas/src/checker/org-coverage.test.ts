import { describe, expect, it } from 'vitest';
import { Org } from '../org/org.ts';
import { oracleHrOrg } from '../org/oracle-hr.fixture.ts';
import { checkFlow } from './check-flow.ts';
import { expenseFlow, node, summarize } from './test-flows.ts';

const user = (id: string, departmentId: string | null, supervisorId: string | null, more = {}) => ({
  id,
  username: id,
  name: id,
  departmentId,
  supervisorId,
  roles: [],
  ...more,
});

/** ceo tops root; d-a has no head; d-b's head is disabled; d-c has neither head nor staff. */
const org = Org.parse({
  schemaVersion: 1,
  name: 'Test',
  departments: [
    { id: 'd-root', name: 'Root', parentId: null, headId: 'ceo' },
    { id: 'd-a', name: 'Alpha', parentId: 'd-root', headId: null },
    { id: 'd-b', name: 'Beta', parentId: 'd-root', headId: 'bhead' },
    { id: 'd-c', name: 'Gamma', parentId: 'd-a', headId: null },
  ],
  users: [
    user('ceo', 'd-root', null, { roles: ['executive'] }),
    user('amgr', 'd-a', 'ceo', { roles: ['finance'] }),
    user('a1', 'd-a', 'amgr'),
    user('b1', 'd-b', 'ceo'),
    user('bhead', 'd-b', 'ceo', { disabled: true }),
  ],
  roles: [
    { key: 'executive', name: { en: 'Executive', 'zh-CN': '高管' } },
    { key: 'finance', name: { en: 'Finance', 'zh-CN': '财务' } },
  ],
});

function check(approvers: unknown[], against: Org = org) {
  const flow = expenseFlow();
  flow.flow.nodes[1] = node('manager', 'approval', { approvers });

  return summarize(checkFlow(flow, { org: against })).filter((line) => line.includes('@manager'));
}

describe('checkFlow rules that find nobody in parts of the org', () => {
  it('lists the staffed departments without an enabled head, once per rule', () => {
    expect(check([{ kind: 'departmentHead' }])).toMatchInlineSnapshot(`
      [
        "approver.department-without-head (warning) @manager flow.nodes.1.config.approvers.0: Step "Manager": "department head" finds nobody for 2 department(s): Alpha, Beta",
      ]
    `);
  });

  it('climbs to the parent head with climbIfEmpty, and counts every department for a form field', () => {
    expect(check([{ kind: 'departmentHead', climbIfEmpty: true }])).toEqual([]);
    expect(check([{ kind: 'departmentHead', up: 1 }])[0]).toContain('for 1 department(s): Root');
    expect(check([{ kind: 'departmentHead', up: 2 }])).toMatchInlineSnapshot(`
      [
        "approver.department-without-head (warning) @manager flow.nodes.1.config.approvers.0: Step "Manager": "department head" finds nobody for 3 department(s): Root, Alpha, Beta",
      ]
    `);
  });

  it('names the people with fewer supervisors than the level, leaving out the top', () => {
    expect(check([{ kind: 'supervisor', level: 1 }])).toEqual([]);
    expect(check([{ kind: 'supervisor', level: 2 }])).toMatchInlineSnapshot(`
      [
        "approver.supervisor-missing (warning) @manager flow.nodes.1.config.approvers.0: Step "Manager": 2 people have fewer than 2 supervisor(s) above them (amgr, b1), so "supervisor level 2" finds nobody for them",
      ]
    `);
  });

  it('names the people whose chain of supervisors never reaches the role', () => {
    const chain = (role: string) => [{ kind: 'supervisorChain', end: { kind: 'role', role } }];

    expect(check(chain('executive'))).toEqual([]);
    expect(check(chain('finance'))).toMatchInlineSnapshot(`
      [
        "approver.chain-role-missing (warning) @manager flow.nodes.1.config.approvers.0.end.role: Step "Manager": for 2 people no supervisor above them holds the role "finance" (amgr, b1), so their chain of supervisors never reaches it",
      ]
    `);
  });

  it('ends supervisor walks in a loop instead of running forever', () => {
    const looped = Org.parse({
      ...org,
      users: [user('xx', 'd-a', 'yy'), user('yy', 'd-a', 'zz'), user('zz', 'd-a', 'xx')],
    });

    expect(check([{ kind: 'supervisor', level: 15 }], looped)).toEqual([]);
    expect(
      check([{ kind: 'supervisorChain', end: { kind: 'role', role: 'finance' } }], looped),
    ).toHaveLength(1);
  });

  it('lists five departments and how many more there are, in both languages', () => {
    const many = Org.parse({
      ...org,
      departments: Array.from({ length: 8 }, (_, index) => ({
        id: `d${index}`,
        name: `部门${index}`,
        parentId: null,
        headId: null,
      })),
      users: Array.from({ length: 8 }, (_, index) => user(`u${index}`, `d${index}`, null)),
    });
    const flow = expenseFlow();
    flow.flow.nodes[1] = node('manager', 'approval', { approvers: [{ kind: 'departmentHead' }] });

    expect(checkFlow(flow, { org: many })[0]?.message).toBe(
      'Step "Manager": "department head" finds nobody for 8 department(s): 部门0, 部门1, 部门2, 部门3, 部门4 and 3 more',
    );
    expect(checkFlow(flow, { org: many, locale: 'zh-CN' })[0]?.message).toBe(
      '步骤“Manager”：“部门负责人”在 8 个部门中找不到人：部门0、部门1、部门2、部门3、部门4，另有 3 个',
    );
  });

  const hr = oracleHrOrg();
  it.skipIf(hr.org === null)(
    'reads the Oracle HR sample: every staffed department has a head',
    () => {
      const sample = Org.parse(hr.org);

      expect(check([{ kind: 'departmentHead' }], sample)).toEqual([]);
      expect(check([{ kind: 'departmentHead', field: 'costCentre' }], sample)[1]).toContain(
        'finds nobody for 16 department(s): Treasury, Corporate Tax, Control And Credit, Shareholder Services, Benefits and 11 more',
      );
      expect(check([{ kind: 'supervisor', level: 3 }], sample)[0]).toContain('have fewer than 3');
    },
  );
});
