import { describe, expect, it } from 'vitest';
import { coreNotes, note } from './notes.ts';

describe('core notes', () => {
  it.each(Object.entries(coreNotes))('%s has zh-CN and en text', (_code, entry) => {
    expect(entry['zh-CN'].trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
  });

  it('stores a note with its code and both texts', () => {
    expect(note('note.distinct-relaxed')).toEqual({
      code: 'note.distinct-relaxed',
      text: coreNotes['note.distinct-relaxed'],
    });
  });
});
