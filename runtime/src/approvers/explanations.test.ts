import { describe, expect, it } from 'vitest';
import {
  approverTexts,
  because,
  explain,
  explainBoth,
  Explanation,
  type ExplanationCode,
} from './explanations.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** `text.*` codes carry a name in both languages: each language shows its own param. */
const bilingual = (code: string) => code.startsWith('text.');

describe('approver texts', () => {
  it.each(Object.entries(approverTexts).filter(([code]) => !bilingual(code)))(
    '%s has zh-CN and en text with the same placeholders',
    (_code, entry) => {
      expect(entry['zh-CN'].trim()).not.toBe('');
      expect(entry.en.trim()).not.toBe('');
      expect(placeholders(entry['zh-CN'])).toEqual(placeholders(entry.en));
    },
  );

  it.each(Object.entries(approverTexts).filter(([code]) => bilingual(code)))(
    '%s shows the zh param in zh-CN and the en param in English',
    (code) => {
      const name = because(code as ExplanationCode, { zh: '财务审核', en: 'Finance review' });

      expect(explainBoth(name)).toEqual({ 'zh-CN': '财务审核', en: 'Finance review' });
    },
  );
});

describe('explain', () => {
  it('renders nested explanations and lists in the same language', () => {
    const reason = because('fallback.admins', {
      reason: because('rules.all', {
        reasons: [because('rule.role', { role: 'legal' }), because('rule.user')],
      }),
    });

    expect(explainBoth(reason)).toEqual({
      'zh-CN': '未找到审批人（角色 legal；指定审批人），已转交流程管理员',
      en: 'nobody resolved (role legal; named approvers); routed to the flow admins',
    });
  });

  it('parses what it stored and refuses an unknown code', () => {
    const stored = JSON.parse(
      JSON.stringify(because('fact.has-role', { user: 'li.na', role: 'x' })),
    );

    expect(explain(Explanation.parse(stored), 'en')).toBe('li.na has role x');
    expect(Explanation.safeParse({ code: 'rule.teleport', params: {} }).success).toBe(false);
  });
});
