import { Org } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { sampleOrgSource } from '../core/testing.ts';
import { createOrgDirectory } from './org-directory.ts';
import { richOrg, richOrgSource } from './testing.ts';

describe('createOrgDirectory', () => {
  it('accepts a whole Org document as well as plain arrays', () => {
    const document = Org.parse({ schemaVersion: 1, name: 'Demo', ...sampleOrgSource() });

    const org = createOrgDirectory(document);

    expect(org.getUser('chen.jie')?.disabled).toBe(false);
    expect(org.getDepartment('east-sales')?.name).toBe('华东销售部');
    expect(org.departmentHead('east-sales')?.id).toBe('wang.fang');
    expect(org.usersWithRole('finance').map((entry) => entry.id)).toEqual(['li.na', 'he.xin']);
  });

  it('knows nothing of prototype names such as __proto__ or constructor', () => {
    const org = createOrgDirectory(sampleOrgSource());

    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(org.getUser(name)).toBeUndefined();
      expect(org.getDepartment(name)).toBeUndefined();
      expect(org.getGroup(name)).toBeUndefined();
      expect(org.usersWithRole(name)).toEqual([]);
      expect(org.groupMembers(name)).toEqual([]);
    }
  });

  it('answers undefined or empty for ids it does not know', () => {
    const org = createOrgDirectory(sampleOrgSource());

    expect(org.getUser('ghost')).toBeUndefined();
    expect(org.departmentHead('it')).toBeUndefined();
    expect(org.usersWithRole('legal')).toEqual([]);
    expect(org.supervisorChain('ghost', 1)).toEqual({
      users: [],
      stop: 'unknown-user',
      stoppedAt: 'ghost',
    });
  });

  it('walks the supervisor chain and says where it stopped', () => {
    const org = createOrgDirectory(sampleOrgSource());

    const chain = org.supervisorChain('chen.jie', 5);

    expect(chain.users.map((entry) => entry.id)).toEqual(['wang.fang', 'zhao.min']);
    expect(chain.stop).toBe('top');
  });

  it('does not see changes made to the source after it was built', () => {
    const source = sampleOrgSource();
    const org = createOrgDirectory(source);

    source.users.splice(0);

    expect(org.getUser('chen.jie')).toBeDefined();
  });
});

describe('createOrgDirectory: positions, groups and departments', () => {
  const org = richOrg();

  it('indexes positions and groups, and answers empty for unknown keys', () => {
    expect(org.getPosition('cashier')?.name.en).toBe('Cashier');
    expect(org.usersWithPosition('cashier').map((entry) => entry.id)).toEqual(['li.na', 'he.xin']);
    expect(org.getGroup('budget-committee')?.memberIds).toContain('ghost');
    expect(org.groupMembers('budget-committee').map((entry) => entry.id)).toEqual([
      'sun.hao',
      'li.na',
    ]);
    expect(org.usersWithPosition('driver')).toEqual([]);
    expect(org.groupMembers('board')).toEqual([]);
    expect(org.getPosition('driver')).toBeUndefined();
  });

  it('gives each user positions and approval limit, defaulting positions to none', () => {
    expect(org.getUser('wang.fang')?.approvalLimit).toBe('49999.99');
    expect(org.getUser('chen.jie')?.positions).toEqual([]);
  });

  it('answers the parent department, and lists departments and users in the source order', () => {
    const source = richOrgSource();

    expect(org.parentDepartment('it-ops')?.id).toBe('it');
    expect(org.parentDepartment('hq')).toBeUndefined();
    expect(org.parentDepartment('mars')).toBeUndefined();
    expect(org.departments().map((entry) => entry.id)).toEqual(
      source.departments.map((entry) => entry.id),
    );
    expect(org.users().map((entry) => entry.id)).toEqual(source.users.map((entry) => entry.id));
  });

  it('names the ids around a supervisor cycle', () => {
    const source = richOrgSource();
    source.users.push(
      { id: 'a', username: 'a.a', name: 'A', departmentId: null, supervisorId: 'b', roles: [] },
      { id: 'b', username: 'b.b', name: 'B', departmentId: null, supervisorId: 'a', roles: [] },
    );

    const chain = createOrgDirectory(source).supervisorChain('a', 15);

    expect(chain).toMatchObject({ stop: 'cycle', stoppedAt: 'a', cycle: ['a', 'b', 'a'] });
  });
});
