import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import {
  approval,
  Driver,
  sampleOrgSource,
  sequence,
  testContext,
  withPolicies,
} from './testing.ts';

const NAMES: Readonly<Record<string, string>> = {
  'wang.fang': '王芳',
  'chen.jie': '陈杰',
  'li.na': '李娜',
  'he.xin': '何欣',
};

/** The sample org with display names and a named finance role. */
function namedOrg() {
  const source = sampleOrgSource();
  for (const entry of source.users) entry.name = NAMES[entry.id] ?? entry.name;
  source.roles.push({ key: 'finance', name: { 'zh-CN': '财务', en: 'Finance' } });

  return createOrgDirectory(source);
}

const manager = approval(
  'manager',
  [{ kind: 'departmentHead' }],
  {},
  { 'zh-CN': '经理', en: 'Manager' },
);
const finance = approval(
  'finance',
  [{ kind: 'role', role: 'finance' }],
  { mode: 'all' },
  { 'zh-CN': '财务审批', en: 'Finance approval' },
);

describe('stored approver texts', () => {
  it('given a role step, when it is entered, then the stored texts name the role and people, the params keep keys', () => {
    const driver = new Driver(sequence([finance]), testContext(namedOrg()));

    driver.start();

    expect(driver.event('step.entered')).toMatchObject({
      reasonCode: 'rule.role',
      reasonParams: { role: 'finance', roleZh: '财务', roleEn: 'Finance' },
      reasonText: { 'zh-CN': '角色 财务', en: 'role Finance' },
      factTexts: [
        { 'zh-CN': '李娜 拥有角色 财务', en: '李娜 has role Finance' },
        { 'zh-CN': '何欣 拥有角色 财务', en: '何欣 has role Finance' },
      ],
    });
    expect(driver.event('task.created')).toMatchObject({
      reasonText: { 'zh-CN': '角色 财务', en: 'role Finance' },
    });
  });

  it('given the initiator among the holders, when skipped, then the reason names them', () => {
    const driver = new Driver(sequence([finance]), testContext(namedOrg()));

    driver.start('li.na');

    expect(driver.event('step.entered')).toMatchObject({
      skipped: [
        {
          userId: 'li.na',
          reasonParams: { user: 'li.na', userName: '李娜' },
          reasonText: {
            'zh-CN': '李娜 是发起人，不能审批自己的申请',
            en: '李娜 started the request and may not approve it',
          },
        },
      ],
    });
  });

  it('given dedupe, when an approver approved the step before, then the automatic approval names them', () => {
    const person = [{ kind: 'user' as const, userIds: ['wang.fang', 'li.na'] }];
    const both = approval('both', person, { mode: 'all' }, { 'zh-CN': '会签', en: 'Both' });
    const bundle = withPolicies(sequence([manager, both]), { dedupe: 'consecutive' });
    const driver = new Driver(bundle, testContext(namedOrg()));
    driver.start();

    driver.approve('wang.fang');

    expect(driver.event('task.auto-approved')).toMatchObject({
      reasonText: {
        'zh-CN': '王芳 刚在上一步（经理）审批通过，已自动通过',
        en: '王芳 approved the step before (Manager); approved automatically',
      },
    });
  });
});
