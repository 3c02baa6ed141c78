import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency.ts';

describe('newIdempotencyKey', () => {
  it('given two clicks, when keys are made, then they differ and fit the server limits (8–200 chars)', () => {
    const first = newIdempotencyKey();
    const second = newIdempotencyKey();

    expect(first).not.toBe(second);
    expect(first.length).toBeGreaterThanOrEqual(8);
    expect(first.length).toBeLessThanOrEqual(200);
  });
});
