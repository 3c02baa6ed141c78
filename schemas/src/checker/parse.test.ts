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
});
