import type { TFunction } from 'i18next';
import type { I18nText, Locale } from '@baton/schemas';
import type { InstanceTask, InstanceView, TimelineEntry } from '../../api/types.ts';
import { requestPageI18n } from './request-i18n.fixture.ts';
import { timelineLines } from './timeline-entries.ts';

/** People of the demo org as the request page names them, for tests. */
export const people = {
  chen: { id: 'chen.jie', name: '陈杰' },
  wang: { id: 'wang.fang', name: '王芳' },
  li: { id: 'li.na', name: '李娜' },
  zhao: { id: 'zhao.min', name: '赵敏' },
  liu: { id: 'liu.yang', name: '刘洋' },
  zhou: { id: 'zhou.yu', name: '周宇' },
} as const;

/** Org names of people the request itself does not name. */
const ORG_NAMES: Readonly<Record<string, string>> = { 'huang.lei': '黄磊', 'xu.jing': '徐静' };

/** A running expense request by 陈杰: start → manager → finance → end, with a delay after. */
export const baseRequest: InstanceView = {
  id: 'inst-1',
  flowKey: 'expense',
  flowVersion: 1,
  status: 'running',
  title: '费用报销 · 陈杰',
  initiator: people.chen,
  values: {},
  form: { schemaVersion: 1, fields: [] },
  flow: {
    schemaVersion: 1,
    key: 'expense',
    name: { 'zh-CN': '费用报销', en: 'Expense reimbursement' },
    nodes: [
      { id: 'start', type: 'start', name: { 'zh-CN': '发起', en: 'Start' }, config: {} },
      {
        id: 'manager',
        type: 'approval',
        name: { 'zh-CN': '部门经理审批', en: 'Manager approval' },
        config: {},
      },
      {
        id: 'finance',
        type: 'approval',
        name: { 'zh-CN': '财务审批', en: 'Finance approval' },
        config: {},
      },
      {
        id: 'wait',
        type: 'delay',
        name: { 'zh-CN': '等待付款日', en: 'Wait for payday' },
        config: {},
      },
      { id: 'end', type: 'end', name: { 'zh-CN': '结束', en: 'End' }, config: {} },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'manager' },
      { id: 'e2', source: 'manager', target: 'finance' },
      { id: 'e3', source: 'finance', target: 'wait' },
      { id: 'e4', source: 'wait', target: 'end' },
    ],
  },
  layout: { positions: {} },
  trail: [],
  tasks: [],
  timeline: [],
  createdAt: '2026-03-02T01:00:00.000Z',
  updatedAt: '2026-03-02T01:00:00.000Z',
  endedAt: null,
  canResubmit: false,
  canWithdraw: true,
  myOpenTaskId: null,
  editableFields: [],
};

let seq = 0;

/** An event of the request's history, numbered in order. */
export function event(
  type: string,
  actor: TimelineEntry['actor'],
  data: Record<string, unknown> = {},
): TimelineEntry {
  seq += 1;

  return { seq, type, at: `2026-03-02T01:0${seq % 10}:00.000Z`, actor, nodeName: null, data };
}

/** An open task of `assignee` at `nodeId`, with id `task-<nodeId>-<user id>`. */
export function task(
  nodeId: string,
  nodeName: string,
  assignee: { readonly id: string; readonly name: string },
  extra: Partial<InstanceTask> = {},
): InstanceTask {
  return {
    id: `task-${nodeId}-${assignee.id}`,
    nodeId,
    nodeName,
    assignee,
    status: 'open',
    comment: null,
    createdAt: '2026-03-02T01:05:00.000Z',
    decidedAt: null,
    onBehalfOf: null,
    originKind: null,
    blockedBy: [],
    ...extra,
  };
}

const i18n = requestPageI18n();

/** The history of `baseRequest` changed by `view`, in `locale`. */
export function timelineOf(view: Partial<InstanceView>, locale: Locale = 'zh-CN') {
  const t: TFunction = i18n.getFixedT(locale, 'workspace');
  const text = (label: I18nText) => (typeof label === 'string' ? label : label[locale]);
  const formatList = (items: readonly string[]) => items.join(locale === 'en' ? ' and ' : '、');

  return timelineLines({
    request: { ...baseRequest, ...view },
    t,
    text,
    formatList,
    userName: (id) => ORG_NAMES[id] ?? id,
    formatTime: (iso) => `<${iso}>`,
  });
}

/** The texts of the history of one event, in both languages. */
export function textsOf(entry: TimelineEntry, view: Partial<InstanceView> = {}) {
  const timeline = [entry];

  return {
    zh: timelineOf({ ...view, timeline })[0]?.text,
    en: timelineOf({ ...view, timeline }, 'en')[0]?.text,
  };
}
