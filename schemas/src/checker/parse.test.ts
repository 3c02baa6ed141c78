import { describe, expect, it } from 'vitest';
import { BatonError } from '../errors.ts';
import { parseFlowBundle, safeParseFlowBundle } from './parse.ts';
import { expenseFlow } from './test-flows.ts';

describe('parseFlowBundle', () => {
  it('returns the bundle with defaults applied', () => {
    const input = expenseFlow();
    const { layout: _layout, ...withoutLayout } = input;

    const bundle = parseFlowBundle(withoutLayout);

    expect(bundle.layout).toEqual({ positions: {} });
    expect(bundle.flow.nodes).toHaveLength(5);
  });

  it('throws flow.invalid carrying the schema issues', () => {
    let caught: unknown;
    try {
      parseFlowBundle({ flow: {}, form: { schemaVersion: 1, fields: [] } });
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(BatonError);
    expect(caught).toMatchObject({ code: 'flow.invalid', kind: 'user' });
    expect((caught as BatonError).issues?.length).toBeGreaterThan(0);
  });

  it('gives the issues instead of throwing when asked safely', () => {
    const parsed = safeParseFlowBundle({ flow: null });

    expect(parsed.ok).toBe(false);
  });

  it('words zod’s own messages in Chinese for a Chinese caller, at the path', () => {
    const input = expenseFlow();
    const long = `amount > ${'1'.repeat(2100)}`;
    const form = {
      ...input.form,
      fields: [{ key: 'total', type: 'computed', label: 'Total', formula: long }],
    };

    const zh = safeParseFlowBundle({ ...input, form }, 'zh-CN');
    const en = safeParseFlowBundle({ ...input, form }, 'en');

    expect(zh.ok || en.ok).toBe(false);
    const zhIssue = zh.ok ? undefined : zh.issues[0];
    const enIssue = en.ok ? undefined : en.issues[0];
    expect(zhIssue?.path).toEqual(['form', 'fields', 0, 'formula']);
    expect(zhIssue?.message).toMatch(/2000/);
    expect(zhIssue?.message).not.toMatch(/Too big/);
    expect(enIssue?.message).toMatch(/Too big/);
  });
});
