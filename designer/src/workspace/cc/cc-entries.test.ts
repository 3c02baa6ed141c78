import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { inboxPageEn, inboxPageZh } from '../inbox/messages.ts';
import { ccSender } from './cc-entries.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { inboxPage: inboxPageZh }, en: { inboxPage: inboxPageEn } },
  lng: 'en',
  ns: ['inboxPage'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

describe('ccSender', () => {
  it('given an ad hoc copy, when named, then the person who copied shows', () => {
    const t = i18n.getFixedT('en');

    expect(ccSender({ by: { id: 'li.na', name: '李娜' }, nodeName: null }, t)).toBe('李娜');
  });

  it('given a copy from a CC step of the flow, when named, then the step shows in the UI language', () => {
    const item = { by: null, nodeName: '财务知会' };

    expect(ccSender(item, i18n.getFixedT('en'))).toBe('CC step: 财务知会');
    expect(ccSender(item, i18n.getFixedT('zh-CN'))).toBe('抄送环节：财务知会');
  });
});
