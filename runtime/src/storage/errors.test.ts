import { describe, expect, it } from 'vitest';
import { storageError, storageErrorMessages } from './errors.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the storage error catalogue', () => {
  it.each(Object.entries(storageErrorMessages))('gives %s a text in both languages', (_, entry) => {
    expect(entry['zh-CN'].trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
    expect(placeholders(entry['zh-CN'])).toEqual(placeholders(entry.en));
  });

  it('fills the English message and keeps the code, kind and params', () => {
    const error = storageError('storage.flow-not-published', { flowKey: 'expense' });

    expect(error).toMatchObject({
      code: 'storage.flow-not-published',
      kind: 'not-found',
      params: { flowKey: 'expense' },
      message: 'Flow expense has no published version',
    });
  });
});
