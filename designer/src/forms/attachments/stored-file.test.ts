import { describe, expect, it } from 'vitest';
import { fileUrl, filesOf, formatFileSize, storedFileOf } from './stored-file.ts';

describe('filesOf', () => {
  it('given stored files and junk, when read, then only the files come back', () => {
    const file = { id: 'f1', name: 'invoice.pdf', size: 2048, mediaType: 'application/pdf' };

    expect(filesOf([file, 'f2', null, { name: 'no id' }])).toEqual([file]);
  });

  it('given a file without a name or size, when read, then its id names it and its size is 0', () => {
    expect(storedFileOf({ id: 'f1' })).toEqual({ id: 'f1', name: 'f1', size: 0, mediaType: '' });
  });

  it('given something that is not a list, when read, then there are no files', () => {
    expect(filesOf({ id: 'f1' })).toEqual([]);
  });
});

describe('fileUrl', () => {
  it('given an id, when linked, then the download and the inline preview differ only by the flag', () => {
    expect(fileUrl('a/b')).toBe('/api/attachments/a%2Fb');
    expect(fileUrl('f1', { inline: true })).toBe('/api/attachments/f1?inline=1');
  });
});

describe('formatFileSize', () => {
  it('given sizes across units, when formatted in English, then each uses the fitting unit', () => {
    expect(formatFileSize(512, 'en')).toBe('512 bytes');
    expect(formatFileSize(1, 'en')).toBe('1 byte');
    expect(formatFileSize(45, 'zh-CN')).toBe('45字节');
    expect(formatFileSize(2048, 'en')).toBe('2 kB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
  });
});
