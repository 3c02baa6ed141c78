import { describe, expect, it } from 'vitest';
import { summarize } from '../checker/test-flows.ts';
import { checkOrg } from './check-org.ts';
import { oracleHrOrg } from './oracle-hr.fixture.ts';

type Person = { id: string; supervisorId?: string | null; departmentId?: string | null } & Record<
  string,
  unknown
>;

const person = ({ id, supervisorId = null, departmentId = 'd1', ...more }: Person) => ({
  id,
  username: id,
  name: id.toUpperCase(),
  departmentId,
  supervisorId,
  roles: [],
  ...more,
});

function orgWith(parts: { users?: Person[]; departments?: unknown[]; [key: string]: unknown }) {
  const { users = [{ id: 'boss' }], departments, ...rest } = parts;

  return {
    schemaVersion: 1,
    name: 'Test',
    departments: departments ?? [{ id: 'd1', name: 'Sales', parentId: null, headId: 'boss' }],
    users: users.map(person),
    roles: [{ key: 'finance', name: { en: 'Finance', 'zh-CN': '财务' } }],
    ...rest,
  };
}

describe('checkOrg', () => {
  it('finds nothing wrong with a small, consistent org', () => {
    expect(
      checkOrg(orgWith({ users: [{ id: 'boss' }, { id: 'ann', supervisorId: 'boss' }] })),
    ).toEqual([]);
  });

  it('gives schema issues with paths for a document that does not parse', () => {
    const input = { ...orgWith({}), users: [{ id: 'x', username: 'Bad Name' }] };

    expect(summarize(checkOrg(input)).slice(0, 2)).toMatchInlineSnapshot(`
      [
        "schema.invalid users.0.username: users[0].username: Invalid string: must match pattern /^[a-z0-9._-]{2,40}$/",
        "schema.invalid users.0.name: users[0].name: Invalid input: expected string, received undefined",
      ]
    `);
  });

  it('refuses a misspelt key instead of dropping it (supervisorID for supervisorId)', () => {
    const input = orgWith({ users: [{ id: 'boss', supervisorID: 'boss' }] });

    expect(summarize(checkOrg(input))).toMatchInlineSnapshot(`
      [
        "document.unknown-key users.0.supervisorID: users[0].supervisorID: unknown key "supervisorID": remove it or correct its spelling",
      ]
    `);
  });

  it('refuses repeated ids, usernames and keys at the repeated entry', () => {
    const input = orgWith({
      users: [{ id: 'boss' }, { id: 'boss', username: 'other' }, { id: 'ann', username: 'boss' }],
      departments: [
        { id: 'd1', name: 'Sales', parentId: null, headId: null },
        { id: 'd1', name: 'Sales 2', parentId: null, headId: null },
      ],
      positions: [
        { key: 'cashier', name: { en: 'Cashier', 'zh-CN': '出纳' } },
        { key: 'cashier', name: { en: 'Cashier', 'zh-CN': '出纳' } },
      ],
      groups: [
        { key: 'board', name: { en: 'Board', 'zh-CN': '董事会' }, memberIds: [] },
        { key: 'board', name: { en: 'Board', 'zh-CN': '董事会' }, memberIds: [] },
      ],
    });

    expect(summarize(checkOrg(input))).toMatchInlineSnapshot(`
      [
        "org.user.duplicate-id users.1.id: Two users use the id "boss"",
        "org.user.duplicate-username users.2.username: Two users use the username "boss"",
        "org.department.duplicate-id departments.1.id: Two departments use the id "d1"",
        "org.position.duplicate-key positions.1.key: Two positions use the key "cashier"",
        "org.group.duplicate-key groups.1.key: Two groups use the key "board"",
      ]
    `);
  });

  it('refuses references to users, departments, roles, positions that do not exist', () => {
    const input = orgWith({
      users: [
        { id: 'boss', roles: ['finance', 'pilot'], positions: ['cashier'] },
        { id: 'ann', supervisorId: 'ghost', departmentId: 'd9' },
      ],
      departments: [{ id: 'd1', name: 'Sales', parentId: 'd0', headId: 'nobody' }],
      groups: [
        { key: 'board', name: { en: 'Board', 'zh-CN': '董事会' }, memberIds: ['boss', 'x'] },
      ],
    });

    expect(summarize(checkOrg(input))).toMatchInlineSnapshot(`
      [
        "org.user.unknown-role users.0.roles.1: User boss holds the role "pilot", which does not exist",
        "org.user.unknown-position users.0.positions.0: User boss holds the position "cashier", which does not exist",
        "org.user.unknown-department users.1.departmentId: User ann belongs to the department "d9", which does not exist",
        "org.user.unknown-supervisor users.1.supervisorId: User ann reports to "ghost", who is not a user of the organization",
        "org.department.unknown-parent departments.0.parentId: Department Sales sits under "d0", which is not a department",
        "org.department.unknown-head departments.0.headId: Department Sales is headed by "nobody", who is not a user of the organization",
        "org.group.unknown-member groups.0.memberIds.1: Group Board lists "x", who is not a user of the organization",
      ]
    `);
  });

  it('refuses a user who is their own supervisor and each supervisor loop once, by username', () => {
    // given ann → bob → cid → ann, dan → bob (into the loop), eve → eve
    const input = orgWith({
      users: [
        { id: 'boss' },
        { id: 'ann', supervisorId: 'bob' },
        { id: 'bob', supervisorId: 'cid' },
        { id: 'cid', supervisorId: 'ann' },
        { id: 'dan', supervisorId: 'bob' },
        { id: 'eve', supervisorId: 'eve' },
      ],
    });

    expect(summarize(checkOrg(input))).toMatchInlineSnapshot(`
      [
        "org.supervisor-cycle users.1.supervisorId: Supervisors go round in a loop: ann → bob → cid → ann",
        "org.user.own-supervisor users.5.supervisorId: User eve is their own supervisor",
      ]
    `);
  });

  it('refuses loops of parent departments', () => {
    const input = orgWith({
      departments: [
        { id: 'd1', name: 'Sales', parentId: null, headId: 'boss' },
        { id: 'd2', name: 'East', parentId: 'd3', headId: null },
        { id: 'd3', name: 'West', parentId: 'd2', headId: null },
        { id: 'd4', name: 'Self', parentId: 'd4', headId: null },
      ],
    });

    expect(summarize(checkOrg(input))).toMatchInlineSnapshot(`
      [
        "org.department-cycle departments.1.parentId: Departments sit under each other in a loop: East → West → East",
        "org.department-cycle departments.3.parentId: Departments sit under each other in a loop: Self → Self",
      ]
    `);
  });

  it('warns about a disabled department head and a disabled supervisor of an enabled user', () => {
    const input = orgWith({
      users: [
        { id: 'boss', disabled: true },
        { id: 'ann', supervisorId: 'boss' },
        { id: 'old', supervisorId: 'boss', disabled: true },
      ],
    });

    expect(summarize(checkOrg(input))).toMatchInlineSnapshot(`
      [
        "org.department.disabled-head (warning) departments.0.headId: Department Sales is headed by boss, whose account is disabled",
        "org.user.disabled-supervisor (warning) users.1.supervisorId: User ann reports to boss, whose account is disabled",
      ]
    `);
  });

  it('writes the issues in Chinese', () => {
    const input = orgWith({
      users: [
        { id: 'ann', supervisorId: 'bob' },
        { id: 'bob', supervisorId: 'ann' },
      ],
    });

    expect(checkOrg(input, { locale: 'zh-CN' }).map((issue) => issue.message)).toEqual([
      '部门Sales的负责人“boss”不是组织中的用户',
      '上级关系构成了循环：ann → bob → ann',
    ]);
  });

  it('checks a loop of 100,000 supervisors in one pass', () => {
    const users = Array.from({ length: 100_000 }, (_, index) => ({
      id: `u${index}`,
      supervisorId: `u${(index + 1) % 100_000}`,
      departmentId: null,
    }));

    const issues = checkOrg(orgWith({ users, departments: [] }));

    expect(issues.map((issue) => issue.code)).toEqual(['org.supervisor-cycle']);
    expect(issues[0]?.message).toMatch(/^Supervisors go round in a loop: u0 → u1 → .* → … → u0$/);
  });

  const hr = oracleHrOrg();
  it.skipIf(hr.org === null)('finds no errors or warnings in the Oracle HR sample org', () => {
    expect(checkOrg(hr.org)).toEqual([]);
  });
});
