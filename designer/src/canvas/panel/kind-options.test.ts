import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ruleKinds, simpleRuleKinds } from './draft-rules.ts';
import { KIND_GROUPS, kindOptions } from './kind-options.ts';
import { rulesEn } from './rules-messages-en.ts';
import { rulesZh } from './rules-messages-zh-CN.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { rules: rulesZh }, en: { rules: rulesEn } },
  lng: 'en',
  ns: ['rules'],
  defaultNS: 'rules',
  interpolation: { escapeValue: false },
  initAsync: false,
});

// Returns the key itself, so the options read as their message keys.
const t = ((key: string) => key) as unknown as TFunction;

describe('kindOptions', () => {
  it('given every kind, when grouped, then each appears exactly once', () => {
    const grouped = KIND_GROUPS.flatMap((group) => group.kinds);

    expect([...grouped].sort()).toEqual([...ruleKinds].sort());
  });

  it('given the approver types, when listed, then “By condition” comes before the picked ones', () => {
    const values = kindOptions(ruleKinds, t).flatMap((group) =>
      group.options.map((option) => option.value),
    );

    expect(values.indexOf('conditional')).toBeLessThan(values.indexOf('initiatorPicks'));
    expect(values.slice(0, 4)).toEqual(['user', 'role', 'position', 'group']);
  });

  it('given kinds without conditions or picks, when grouped, then empty groups are left out', () => {
    const recipients = ruleKinds.filter(
      (kind) => kind !== 'initiatorPicks' && kind !== 'approverPicks',
    );

    expect(kindOptions(recipients, t).map((group) => group.label)).not.toContain(
      'kindGroups.picked',
    );
    expect(
      kindOptions(simpleRuleKinds, t).flatMap((group) => group.options.map((o) => o.value)),
    ).not.toContain('conditional');
  });

  it('given the messages, when grouped, then every group and kind reads in words in both languages', () => {
    for (const locale of ['en', 'zh-CN']) {
      const groups = kindOptions(ruleKinds, i18n.getFixedT(locale, 'rules'));
      const texts = groups.flatMap((group) => [group.label, ...group.options.map((o) => o.label)]);

      expect(texts.filter((text) => text.startsWith('kind'))).toEqual([]);
    }
    expect(kindOptions(ruleKinds, i18n.getFixedT('en', 'rules'))[0]?.label).toBe('Named people');
  });
});
