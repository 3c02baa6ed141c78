import { BatonError } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { runtimeError, runtimeMessages } from './messages.ts';

/** Placeholder names; `{stepZh}` and `{stepEn}` both count as `step` (a param per language). */
const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+?)(?:Zh|En)?\}/g)].map((m) => m[1]).sort();

describe('runtime message catalogue', () => {
  it.each(Object.entries(runtimeMessages))(
    '%s has zh-CN and en text with the same placeholders',
    (_code, entry) => {
      expect(entry['zh-CN'].trim()).not.toBe('');
      expect(entry.en.trim()).not.toBe('');
      expect(placeholders(entry['zh-CN'])).toEqual(placeholders(entry.en));
    },
  );

  it('builds a BatonError with a stable code, its kind and the English text', () => {
    const error = runtimeError('task.already-decided', { taskId: 'task-7' });

    expect(error).toBeInstanceOf(BatonError);
    expect({
      code: error.code,
      kind: error.kind,
      message: error.message,
      params: error.params,
    }).toMatchInlineSnapshot(`
      {
        "code": "task.already-decided",
        "kind": "conflict",
        "message": "This task has already been decided or cancelled: the step has an outcome, or someone else acted. Refresh to see the request as it is now",
        "params": {
          "taskId": "task-7",
        },
      }
    `);
  });
});
