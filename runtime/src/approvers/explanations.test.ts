import { describe, expect, it } from 'vitest';
import {
  approverTexts,
  because,
  explain,
  explainBoth,
  Explanation,
  type ExplanationCode,
} from './explanations.ts';

/** A text's placeholders, a pair `{xZh}` / `{xEn}` counted as its one value `x`. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]?.replace(/(?<=[a-z])(Zh|En)$/, '')).sort();

/** `text.*` codes carry a name in both languages: each language shows its own param. */
const bilingual = (code: string) => code.startsWith('text.');

describe('approver texts', () => {
  it.each(Object.entries(approverTexts).filter(([code]) => !bilingual(code)))(
    '%s has zh-CN and en text with the same placeholders',
    (_code, entry) => {
      expect(entry['zh-CN'].trim()).not.toBe('');
      expect(entry.en.trim()).not.toBe('');
      expect(placeholders(entry['zh-CN'])).toEqual(placeholders(entry.en));
      expect(entry['zh-CN']).not.toMatch(/[a-z]En\}/);
      expect(entry.en).not.toMatch(/[a-z]Zh\}/);
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
        reasons: [
          because('rule.role', { role: 'legal', roleZh: '法务', roleEn: 'Legal' }),
          because('rule.user'),
        ],
      }),
    });

    expect(explainBoth(reason)).toEqual({
      'zh-CN': '未找到审批人（角色 法务；指定审批人），已转交流程管理员',
      en: 'nobody resolved (role Legal; named approvers); routed to the flow admins',
    });
  });

  it('names people by their display name and keeps the username as the machine param', () => {
    const fact = because('fact.has-role', {
      user: 'li.na',
      userName: '李娜',
      role: 'finance',
      roleZh: '财务',
      roleEn: 'Finance',
    });

    expect(explainBoth(fact)).toEqual({
      'zh-CN': '李娜 拥有角色 财务',
      en: '李娜 has role Finance',
    });
    expect(fact.params['user']).toBe('li.na');
  });

  it('parses what it stored and refuses an unknown code', () => {
    const stored = JSON.parse(
      JSON.stringify(
        because('fact.has-role', {
          user: 'li.na',
          userName: 'Li Na',
          role: 'x',
          roleZh: '某',
          roleEn: 'X',
        }),
      ),
    );

    expect(explain(Explanation.parse(stored), 'en')).toBe('Li Na has role X');
    expect(Explanation.safeParse({ code: 'rule.teleport', params: {} }).success).toBe(false);
  });
});
