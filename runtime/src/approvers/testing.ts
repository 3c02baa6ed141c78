import type { Position, UserGroup } from '@baton/schemas';
import { sampleOrgSource, user, type MutableOrgSource } from '../core/testing.ts';
import { createOrgDirectory, type OrgDirectory } from './org-directory.ts';

/**
 * @internal The core's sample org plus what approver rules read: positions (cashier), a group
 * with a member that does not exist, approval limits, and a team under the headless IT
 * department. Reporting: chen.jie → wang.fang (limit 49999.99) → zhao.min (limit 1000000).
 */
export type RichOrgSource = MutableOrgSource & { positions: Position[]; groups: UserGroup[] };

/** @internal A fresh copy every call, so a test may change it before building a directory. */
export function richOrgSource(): RichOrgSource {
  const source = sampleOrgSource();
  source.departments.push({ id: 'it-ops', name: '运维组', parentId: 'it', headId: null });
  source.users.push(user('ops.kai', 'it-ops', 'zhou.yu'));
  const limits: Record<string, string> = { 'zhao.min': '1000000', 'wang.fang': '49999.99' };
  for (const entry of source.users) {
    const limit = limits[entry.id];
    if (limit) entry.approvalLimit = limit;
    if (entry.id === 'li.na' || entry.id === 'he.xin') entry.positions = ['cashier'];
  }

  return {
    ...source,
    positions: [{ key: 'cashier', name: { 'zh-CN': '出纳', en: 'Cashier' } }],
    groups: [
      {
        key: 'budget-committee',
        name: { 'zh-CN': '预算委员会', en: 'Budget committee' },
        memberIds: ['sun.hao', 'li.na', 'ghost', 'li.na'],
      },
    ],
  };
}

/** @internal The rich org after `change`. */
export function richOrg(change: (source: RichOrgSource) => void = () => {}): OrgDirectory {
  const source = richOrgSource();
  change(source);

  return createOrgDirectory(source);
}

/** @internal Marks a user of the source disabled. */
export function disable(source: MutableOrgSource, userId: string): void {
  const found = source.users.find((entry) => entry.id === userId);
  if (found) found.disabled = true;
}

/** @internal Points a user of the source at another supervisor. */
export function reportTo(source: MutableOrgSource, userId: string, supervisorId: string): void {
  const found = source.users.find((entry) => entry.id === userId);
  if (found) found.supervisorId = supervisorId;
}
