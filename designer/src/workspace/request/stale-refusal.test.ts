import { describe, expect, it } from 'vitest';
import { isStaleRefusal } from './stale-refusal.ts';

describe('isStaleRefusal', () => {
  it('given refusals saying the request moved on, when read, then the page must reload', () => {
    expect(isStaleRefusal('task.already-decided')).toBe(true);
    expect(isStaleRefusal('task.not-your-turn')).toBe(true);
    expect(isStaleRefusal('instance.not-running')).toBe(true);
    expect(isStaleRefusal('instance.cannot-withdraw')).toBe(true);
    expect(isStaleRefusal('instance.not-returned')).toBe(true);
  });

  it('given a task handed to someone else or now waiting for added signers, when refused, then the page must reload', () => {
    // Regression guard: a stale page of the old assignee kept its buttons after a transfer.
    expect(isStaleRefusal('task.transferred')).toBe(true);
    expect(isStaleRefusal('task.waiting-for-others')).toBe(true);
  });

  it('given other refusals or none, when read, then the page stays as it is', () => {
    expect(isStaleRefusal('approval.comment-required')).toBe(false);
    expect(isStaleRefusal(undefined)).toBe(false);
  });
});
