import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { notificationsEn } from './messages-en.ts';
import { notificationsZh } from './messages-zh-CN.ts';
import { notificationLine, type NotificationItem } from './notification-lines.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: {
    'zh-CN': { notifications: notificationsZh },
    en: { notifications: notificationsEn },
  },
  lng: 'en',
  ns: ['notifications'],
  interpolation: { escapeValue: false },
  initAsync: false,
});
const en = i18n.getFixedT('en');
const zh = i18n.getFixedT('zh-CN');

const title = '差旅报销 - 陈杰';
const wang = { id: 'wang.fang', name: '王芳' };

function line(kind: NotificationItem['kind'], actor: NotificationItem['actor'] = null) {
  return {
    en: notificationLine({ kind, title, actor }, en),
    zh: notificationLine({ kind, title, actor }, zh),
  };
}

describe('notificationLine', () => {
  it('given an urge, when worded, then it names who urged in both languages', () => {
    expect(line('urge', wang)).toEqual({
      en: '王芳 urged you on 差旅报销 - 陈杰',
      zh: '王芳 催你处理 差旅报销 - 陈杰',
    });
  });

  it('given an urge with nobody known, when worded, then it says someone', () => {
    expect(line('urge')).toEqual({
      en: 'Someone urged you on 差旅报销 - 陈杰',
      zh: '有人 催你处理 差旅报销 - 陈杰',
    });
  });

  it('given a reminder, a new task, a return and a copy, when worded, then each has its own words', () => {
    const kinds: NotificationItem['kind'][] = ['reminder', 'task-assigned', 'returned', 'cc'];

    expect(kinds.map((kind) => line(kind, wang))).toEqual([
      { en: 'Reminder: 差旅报销 - 陈杰 is waiting for you', zh: '提醒：差旅报销 - 陈杰 等你处理' },
      { en: 'New task: 差旅报销 - 陈杰', zh: '新待办：差旅报销 - 陈杰' },
      { en: 'Returned: 差旅报销 - 陈杰', zh: '已退回：差旅报销 - 陈杰' },
      { en: 'Copied to you: 差旅报销 - 陈杰', zh: '抄送给你：差旅报销 - 陈杰' },
    ]);
  });

  it('given every kind, when worded, then no line shows a raw key or an empty placeholder', () => {
    const kinds: NotificationItem['kind'][] = [
      'task-assigned',
      'cc',
      'completed',
      'rejected',
      'returned',
      'reminder',
      'urge',
      'withdrawn',
      'terminated',
      'task-removed',
    ];

    const lines = kinds.flatMap((kind) => Object.values(line(kind, wang)));

    expect(
      lines.filter(
        (text) => text.includes('lines.') || text.includes('{{') || !text.includes(title),
      ),
    ).toEqual([]);
  });
});
