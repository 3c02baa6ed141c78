import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { RouteDiff } from '../preview/route-diff.ts';
import { describeDiff, type DiffNames } from './diff-words.ts';
import { flowTestEn } from './messages-en.ts';
import { flowTestZh } from './messages-zh-CN.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { flowTest: flowTestZh }, en: { flowTest: flowTestEn } },
  lng: 'zh-CN',
  ns: ['flowTest'],
  defaultNS: 'flowTest',
  interpolation: { escapeValue: false },
  initAsync: false,
});

const names: DiffNames = {
  step: (id) => ({ finance: '财务审批', legal: '法务审批' })[id] ?? id,
  edge: (id) => (id === 'e-big' ? '金额 ≥ 5000 → 财务审批' : id),
  people: (ids) => ids.map((id) => ({ 'u-li': '李娜', 'u-zhao': '赵敏' })[id] ?? id).join('、'),
  stepOutcome: (outcome) => outcome,
  outcome: (outcome) => outcome,
};

const none: RouteDiff = {
  stepsAdded: [],
  stepsSkipped: [],
  branchesTaken: [],
  branchesLeft: [],
  steps: [],
  outcome: undefined,
  changed: false,
};

describe('describeDiff', () => {
  it('given no change, when described, then there is nothing to say', () => {
    expect(describeDiff(none, i18n.getFixedT('zh-CN', 'flowTest'), names)).toEqual([]);
  });

  it('given branches, steps and approvers that changed, when described, then each is a sentence', () => {
    const diff: RouteDiff = {
      ...none,
      branchesTaken: ['e-big'],
      stepsAdded: ['finance'],
      stepsSkipped: ['legal'],
      steps: [
        {
          nodeId: 'finance',
          added: ['u-zhao'],
          removed: ['u-li'],
          outcome: { from: 'tasks', to: 'needsPick' },
        },
      ],
      outcome: { from: 'completed', to: 'refused' },
      changed: true,
    };

    expect(describeDiff(diff, i18n.getFixedT('zh-CN', 'flowTest'), names)).toEqual([
      '改走分支：金额 ≥ 5000 → 财务审批',
      '新增经过：财务审批',
      '不再经过：法务审批',
      '财务审批：新增审批人 赵敏',
      '财务审批：不再由 李娜 审批',
      '财务审批：从“tasks”变为“needsPick”',
      '结果从“completed”变为“refused”',
    ]);
    expect(describeDiff(diff, i18n.getFixedT('en', 'flowTest'), names)[3]).toBe(
      '财务审批: 赵敏 added',
    );
  });
});
