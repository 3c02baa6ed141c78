import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkForm } from './check-form.ts';
import { FormDefinition } from './form.ts';
import { compilePattern, matchesPattern } from './pattern-match.ts';
import { parsePattern } from './pattern-parse.ts';
import { validateFormValues } from './validate.ts';

function matches(pattern: string, text: string): boolean {
  const compiled = compilePattern(pattern);
  if (!compiled) throw new Error(`not in the subset: ${pattern}`);

  return matchesPattern(compiled, text);
}

function formWith(validation: object) {
  return FormDefinition.parse({
    schemaVersion: 1,
    fields: [{ key: 'code', type: 'text', label: 'Code', validation }],
  });
}

describe('text patterns', () => {
  it.each([
    ['[A-Z]{2}-\\d{4}', 'AB-1234', true],
    ['[A-Z]{2}-\\d{4}', 'AB-1234x', false],
    ['^\\d{6}$', '310000', true],
    ['(?:CN|HK)\\d+', 'HK12', true],
    ['(?:CN|HK)\\d+', 'US12', false],
    ['[^,]*', 'a b c', true],
    ['[^,]*', 'a,b', false],
    ['\\w+@\\w+\\.com', 'li@corp.com', true],
    ['发票\\d{8}', '发票12345678', true],
    ['a.c', 'a\nc', false],
    ['\\u4e00+', '一一', true],
    ['x{2,3}', 'xxxx', false],
  ])('matches %s against %j in full: %s', (pattern, text, expected) => {
    expect(matches(pattern, text)).toBe(expected);
  });

  it.each([
    ['(a)\\1', 'back-reference', 3],
    ['a(?=b)', 'look-around', 1],
    ['a(?<!b)', 'look-around', 1],
    ['(a+)+', 'nested-quantifier', 0],
    ['(?:x|y*)*z', 'nested-quantifier', 0],
    ['a{1001}', 'repeat-too-large', 1],
    ['a{3,2}', 'repeat-too-large', 1],
    ['(ab', 'unbalanced', 0],
    ['*a', 'nothing-to-repeat', 0],
    ['a\\bc', 'unsupported', 1],
    ['[z-a]', 'bad-class', 1],
    ['a^b', 'unsupported', 1],
  ])('refuses %s: %s at index %i', (pattern, problem, index) => {
    expect(parsePattern(pattern)).toEqual({ ok: false, problem, index });
  });

  it('keeps a repeat of a fixed count inside a repeat', () => {
    expect(matches('(\\d{3}-)+\\d{4}', '010-555-1234')).toBe(true);
  });

  it('answers at once for an input that makes a backtracking engine take exponential time', () => {
    // given a pattern with overlapping alternatives under a repeat and a text that nearly matches
    const text = `${'a'.repeat(2000)}!`;

    // then the state machine answers (a backtracking engine would not finish in a lifetime)
    expect(matches('(?:a|aa)*b', text)).toBe(false);
  });

  it('agrees with the JavaScript engine on patterns of the subset', () => {
    const atom = fc.constantFrom('a', 'b', '.', '\\d', '[ab]', '[^a]', '(?:a|b)', '(?:ab)');
    const quantifier = fc.constantFrom('', '*', '+', '?', '{2}', '{1,2}');
    const pattern = fc
      .array(fc.tuple(atom, quantifier), { minLength: 1, maxLength: 5 })
      .map((parts) => parts.map(([a, q]) => a + q).join(''));
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '1', '-'), maxLength: 8 });

    fc.assert(
      fc.property(pattern, text, (source, value) => {
        const expected = new RegExp(`^(?:${source})$`).test(value);

        expect(matches(source, value)).toBe(expected);
      }),
    );
  });
});

describe('text patterns in forms', () => {
  it('shows the field pattern message on a mismatch', () => {
    const form = formWith({
      pattern: '[A-Z]{2}-\\d{4}',
      patternMessage: {
        en: 'Use two letters, a dash and four digits',
        'zh-CN': '请使用两个字母、短横线和四位数字',
      },
    });

    const issues = validateFormValues(form, { code: 'ab-1234' }, { locale: 'zh-CN' }).issues;

    expect(issues.map((issue) => issue.message)).toEqual([
      'Code：请使用两个字母、短横线和四位数字',
    ]);
    expect(validateFormValues(form, { code: 'AB-1234' }).issues).toEqual([]);
  });

  it('refuses text beyond 2,000 characters when a patterned field sets no maxLength', () => {
    const form = formWith({ pattern: 'a*' });

    const issues = validateFormValues(form, { code: 'a'.repeat(2001) }).issues;

    expect(issues.map((issue) => issue.code)).toEqual(['form.value.too-long']);
  });

  it('reports an unsafe pattern in checkForm at its position', () => {
    const issues = checkForm(formWith({ pattern: 'x(a+)+' }));

    expect(issues).toMatchInlineSnapshot(`
      [
        {
          "code": "form.pattern.unsafe",
          "end": 2,
          "message": "Code: the pattern cannot be used (a repeat inside a repeat, such as (a+)+, is not supported, at character 2)",
          "path": [
            "fields",
            0,
            "validation",
            "pattern",
          ],
          "severity": "error",
          "start": 1,
        },
      ]
    `);
  });
});
