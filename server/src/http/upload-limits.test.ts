import { describe, expect, it } from 'vitest';
import { uploadSlots } from './upload-limits.ts';

describe('upload slots', () => {
  it('refuses a third upload of one person and a fourth of the process, until one is released', () => {
    const slots = uploadSlots({ perUser: 2, total: 3 });
    const first = slots.take('a');
    slots.take('a');

    const third = () => slots.take('a');
    slots.take('b');
    const fourth = () => slots.take('c');

    expect(third).toThrow(expect.objectContaining({ code: 'attachment.busy', params: { max: 2 } }));
    expect(fourth).toThrow(expect.objectContaining({ code: 'attachment.server-busy' }));
    first();
    first();
    expect(() => slots.take('c')).not.toThrow();
    expect(third).toThrow(expect.objectContaining({ code: 'attachment.server-busy' }));
  });
});
