import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@baton/schemas';
import {
  describeMode,
  describeRejectPolicy,
  neededApprovals,
  type DecisionSettings,
} from './approval-words.ts';
import { rulesEn } from './rules-messages-en.ts';
import { rulesZh } from './rules-messages-zh-CN.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { rules: rulesZh }, en: { rules: rulesEn } },
  lng: 'zh-CN',
  ns: ['rules'],
  defaultNS: 'rules',
  interpolation: { escapeValue: false },
  initAsync: false,
});

const base: DecisionSettings = {
  mode: 'any',
  rejectTo: 'initiator',
  rejectWhen: 'first',
  vetoUserIds: [],
};
const people: Record<string, string> = { 'u-wang': '王芳', 'u-li': '李娜' };

function words(settings: Partial<DecisionSettings>, locale: Locale = 'zh-CN'): string[] {
  const t = i18n.getFixedT(locale, 'rules');
  const names = (ids: readonly string[]) =>
    ids.map((id) => people[id] ?? id).join(locale === 'en' ? ', ' : '、');

  return describeRejectPolicy({ ...base, ...settings }, { t, names });
}

function mode(settings: Partial<DecisionSettings>, locale: Locale = 'zh-CN'): string {
  return describeMode({ ...base, ...settings }, i18n.getFixedT(locale, 'rules'));
}

describe('neededApprovals', () => {
  it('given 1, 2, 3 and 19 approvers, when rounded, then the shared rule applies', () => {
    expect([1, 50, 100].map((percent) => neededApprovals(1, percent))).toEqual([1, 1, 1]);
    expect(neededApprovals(2, 50)).toBe(1);
    expect(neededApprovals(3, 50)).toBe(2);
    expect(neededApprovals(3, 67)).toBe(3);
    expect(neededApprovals(19, 50)).toBe(10);
    expect(neededApprovals(19, 60)).toBe(12);
    expect(neededApprovals(19, 100)).toBe(19);
  });
});

describe('describeRejectPolicy', () => {
  it('given the default policy, when described, then one rejection returns it in both languages', () => {
    expect(words({})[0]).toBe('一人驳回即退回发起人');
    expect(words({}, 'en')[0]).toBe('One rejection returns the request to the initiator');
  });

  it('given rejection to the end, when described, then one rejection ends the request', () => {
    expect(words({ rejectTo: 'end' })[0]).toBe('一人驳回即结束申请');
    expect(words({ rejectTo: 'end' }, 'en')[0]).toBe('One rejection ends the request');
  });

  it('given any policy, when described, then the last sentence says the approver may choose the other way', () => {
    expect(words({}).at(-1)).toBe('默认退回发起人：驳回的审批人也可以改为结束申请');
    expect(words({ rejectTo: 'end' }, 'en').at(-1)).toBe(
      'Ending it is the default: the approver who rejects may choose to return it to the initiator instead',
    );
    expect(words({ vetoUserIds: ['u-li'] })).toHaveLength(3);
  });

  it('given a rejection share, when described, then the choice applies to the rejection that decides the step', () => {
    const settings = { mode: 'percentage', rejectWhen: 'threshold', rejectPercent: 50 } as const;

    expect(words(settings, 'en').at(-1)).toBe(
      'Returning it is the default: the approver whose rejection decides the step may choose to end the request instead',
    );
  });

  it('given a threshold in percentage mode, when described, then the share is stated', () => {
    const settings = {
      mode: 'percentage',
      percent: 60,
      rejectWhen: 'threshold',
      rejectPercent: 40,
    } as const;

    expect(words(settings)[0]).toBe(
      '驳回人数达到 40%，或已不可能达到通过比例时，退回发起人（驳回人数向上取整，至少 1 人：3 人需 2 人，10 人需 4 人）',
    );
    expect(words(settings, 'en')[0]).toBe(
      'When 40% of the approvers reject, or approval can no longer be reached, the request returns to the initiator (rejections rounded up, at least one: 2 of 3, 4 of 10)',
    );
  });

  it('given a threshold without a share, when described, then only unreachable approval counts', () => {
    expect(words({ mode: 'percentage', rejectWhen: 'threshold', rejectTo: 'end' }, 'en')[0]).toBe(
      'Once approval can no longer be reached, the request ends',
    );
  });

  it('given a threshold outside percentage mode, when described, then the first rejection decides', () => {
    expect(words({ mode: 'all', rejectWhen: 'threshold', rejectPercent: 40 })[0]).toBe(
      '一人驳回即退回发起人',
    );
  });

  it('given veto members, when described, then they are named in a second sentence', () => {
    const settings = { mode: 'percentage', rejectWhen: 'threshold', rejectPercent: 50 } as const;

    expect(words({ ...settings, vetoUserIds: ['u-wang', 'u-li'] })[1]).toBe(
      '王芳、李娜 任何一人驳回，立即退回发起人',
    );
    expect(words({ ...settings, vetoUserIds: ['u-wang'] }, 'en')[1]).toBe(
      'A rejection by 王芳 returns the request to the initiator at once',
    );
  });
});

describe('describeMode', () => {
  it('given each mode, when described, then it says how the step is approved', () => {
    expect(mode({ mode: 'any' })).toBe('任意一人同意即通过');
    expect(mode({ mode: 'all' }, 'en')).toBe('Everyone must approve');
    expect(mode({ mode: 'sequential' }, 'en')).toBe(
      'One after another, in order; everyone must approve',
    );
  });

  it('given percentage mode, when described, then the rounding is stated with examples', () => {
    expect(mode({ mode: 'percentage', percent: 60 })).toBe(
      '60% 的审批人同意即通过（人数向上取整，至少 1 人：3 人需 2 人，10 人需 6 人）',
    );
    expect(mode({ mode: 'percentage', percent: 50 }, 'en')).toBe(
      '50% of the approvers must approve (rounded up, at least one: 2 of 3, 5 of 10)',
    );
  });

  it('given percentage mode without a share, when described, then it says the share is not set rather than 100%', () => {
    expect(mode({ mode: 'percentage' })).toBe('尚未设置同意比例：请在“同意比例（%）”中填写');
    expect(mode({ mode: 'percentage' }, 'en')).not.toContain('100%');
  });
});
