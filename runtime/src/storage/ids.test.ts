import { describe, expect, it } from 'vitest';
import { newSortableId } from './ids.ts';

describe('newSortableId', () => {
  it('makes distinct ids of prefix, base-36 time and 80 random bits, in creation order', () => {
    // when many ids are made, more than one batch of pooled random bytes
    const ids = Array.from({ length: 2000 }, () => newSortableId('task'));

    // then each has the documented shape, none repeats, and they sort by time
    for (const id of ids) expect(id).toMatch(/^task_[0-9a-z]{9}[0-9a-f]{20}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const times = ids.map((id) => id.slice('task_'.length, 'task_'.length + 9));
    expect([...times].sort()).toEqual(times);
  });
});
