import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@baton/schemas';
import { handoverSummary } from './handover-summary.ts';
import { adminWorkEn } from './messages-en.ts';
import { adminWorkZh } from './messages-zh-CN.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { adminWork: adminWorkZh }, en: { adminWork: adminWorkEn } },
  lng: 'zh-CN',
  ns: ['adminWork'],
  defaultNS: 'adminWork',
  interpolation: { escapeValue: false },
  initAsync: false,
});

const ok = { ok: true };
const refused = { ok: false };

function summary(tasks: { ok: boolean }[], flows: { ok: boolean }[], locale: Locale = 'zh-CN') {
  return handoverSummary({ tasks, flows }, i18n.getFixedT(locale, 'adminWork'));
}

describe('handoverSummary', () => {
  it('given every item handed over, when summed up, then it is a success with the counts', () => {
    expect(summary([ok, ok], [ok])).toEqual({
      level: 'success',
      text: '交接完成：2 条待办，1 个流程',
    });
  });

  it('given every task refused, when summed up, then it is an error, not a green "done"', () => {
    const all = [refused, refused, refused, refused];

    expect(summary(all, [])).toEqual({
      level: 'error',
      text: '没有交接成功：待办 0/4 条；4 项被拒绝，原因见下方结果',
    });
    expect(summary(all, [], 'en')).toEqual({
      level: 'error',
      text: 'Nothing was handed over: 0 of 4 task(s); 4 refused (see the results below for why)',
    });
  });

  it('given some items refused, when summed up, then it is a warning counting both kinds', () => {
    expect(summary([ok, refused], [ok], 'en')).toEqual({
      level: 'warning',
      text: 'Partly handed over: 1 of 2 task(s) and 1 of 1 flow(s); 1 refused (see the results below for why)',
    });
    expect(summary([ok, refused], [ok]).text).toBe(
      '部分交接成功：待办 1/2 条，流程 1/1 个；1 项被拒绝，原因见下方结果',
    );
  });
});
