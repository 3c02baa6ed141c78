import { Org } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { sampleOrgSource } from '../core/testing.ts';
import { createOrgDirectory } from './org-directory.ts';

describe('createOrgDirectory', () => {
  it('accepts a whole Org document as well as plain arrays', () => {
    const document = Org.parse({ schemaVersion: 1, name: 'Demo', ...sampleOrgSource() });

    const org = createOrgDirectory(document);

    expect(org.getUser('chen.jie')?.disabled).toBe(false);
    expect(org.getDepartment('east-sales')?.name).toBe('华东销售部');
    expect(org.departmentHead('east-sales')?.id).toBe('wang.fang');
    expect(org.usersWithRole('finance').map((entry) => entry.id)).toEqual(['li.na', 'he.xin']);
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
