import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { InstanceTask, InstanceView, TimelineEntry } from '../../api/types.ts';
import { requestPageEn, requestPageZh } from './request-messages.ts';
import { describeStepCount, englishOrdinal } from './step-count-words.ts';
import { activeStepCounts, type StepCount } from './step-counts.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { requestPage: requestPageZh }, en: { requestPage: requestPageEn } },
  lng: 'en',
  ns: ['requestPage'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

let seq = 0;

function event(type: string, data: Record<string, unknown>): TimelineEntry {
  seq += 1;

  return { seq, type, at: '2026-03-02T01:00:00.000Z', actor: null, nodeName: null, data };
}

function task(id: string, status: string): InstanceTask {
  const assignee = { id: `u-${id}`, name: id };

  return {
    id,
    nodeId: 'finance',
    nodeName: 'Finance',
    assignee,
    status,
    comment: null,
    createdAt: '',
    decidedAt: null,
    onBehalfOf: null,
    originKind: null,
    blockedBy: [],
  };
}

function flowWith(config: Record<string, unknown>): InstanceView['flow'] {
  const name = { 'zh-CN': '财务审批', en: 'Finance approval' };

  return {
    schemaVersion: 1,
    key: 'expense',
    name: 'Expense',
    nodes: [{ id: 'finance', type: 'approval', name, config }],
    edges: [],
  };
}

/** A step entered with `mode` and `needed`, one task per status, created in order. */
function request(
  mode: string,
  needed: number,
  statuses: readonly string[],
  config: Record<string, unknown> = {},
) {
  const tasks = statuses.map((status, index) => task(`t${index + 1}`, status));
  const timeline = [
    event('step.entered', { nodeId: 'finance', stepId: 's1', mode, needed }),
    ...tasks.map((item) => event('task.created', { taskId: item.id, stepId: 's1' })),
  ];

  return { timeline, tasks, flow: flowWith({ mode, ...config }) };
}

function words(count: StepCount | undefined, locale: 'en' | 'zh-CN' = 'en') {
  if (!count) throw new Error('no count');

  return describeStepCount(count, i18n.getFixedT(locale, 'requestPage'), locale);
}

describe('activeStepCounts', () => {
  it('given an all step with one of two approvals, when counted, then one more is needed', () => {
    const [count] = activeStepCounts(request('all', 2, ['approved', 'open']));

    expect(count).toMatchObject({ total: 2, needed: 2, approved: 1, rejected: 0 });
    expect(words(count)).toBe('1 of 2 approvals, 1 more needed');
    expect(words(count, 'zh-CN')).toBe('已有 1 人同意，共需 2 人，还差 1 人');
  });

  it('given a sequential step at its second person, when counted, then it says whose turn in order', () => {
    const [count] = activeStepCounts(request('sequential', 3, ['approved', 'open', 'waiting']));

    expect(count?.turn).toBe(2);
    expect(words(count)).toBe('2nd of 3 in order');
    expect(words(count, 'zh-CN')).toBe('依次审批：第 2 位，共 3 位');
  });

  it('given a rejection share, when counted, then the rejections that reject the step follow', () => {
    const config = { percent: 50, rejectWhen: 'threshold', rejectPercent: 50 };
    const [count] = activeStepCounts(
      request('percentage', 2, ['rejected', 'open', 'open', 'open'], config),
    );

    expect(count?.rejectionLimit).toBe(2);
    expect(words(count)).toBe(
      '0 of 2 approvals, 2 more needed; 1 of 2 rejections that reject the step',
    );
  });

  it('given a share without a rejection percent, when counted, then unreachable approval is the limit', () => {
    const config = { percent: 67, rejectWhen: 'threshold' };
    const [count] = activeStepCounts(request('percentage', 3, ['open', 'open', 'open'], config));

    expect(count?.rejectionLimit).toBe(1);
  });

  it('given a skipped turn, when counted, then the lowered count from the history applies', () => {
    const base = request('sequential', 3, ['approved', 'cancelled', 'open']);
    const skip = event('task.cancelled', { taskId: 't2', stepId: 's1', needed: 2 });
    const [count] = activeStepCounts({ ...base, timeline: [...base.timeline, skip] });

    expect(count).toMatchObject({ total: 2, needed: 2, turn: 2 });
  });

  it('given a one-person step or a decided step, when counted, then nothing is shown', () => {
    expect(activeStepCounts(request('any', 1, ['open']))).toEqual([]);
    expect(activeStepCounts(request('all', 2, ['approved', 'approved']))).toEqual([]);
  });

  it('given an any step of three, when counted, then any one may approve', () => {
    expect(words(activeStepCounts(request('any', 1, ['open', 'open', 'open']))[0])).toBe(
      'Any one of 3 may approve',
    );
  });
});

describe('englishOrdinal', () => {
  it('given numbers, when made ordinal, then the English suffixes apply', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(englishOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });
});
