import { describe, expect, it } from 'vitest';
import { parseExtensions } from './extensions.ts';

describe('parseExtensions', () => {
  it('given extensions typed with dots, capitals, commas and spaces, when read, then they are clean and once each', () => {
    expect(parseExtensions('PDF, .xlsx  docx，pdf; png')).toEqual(['pdf', 'xlsx', 'docx', 'png']);
  });

  it('given words that are not extensions, when read, then they are left out', () => {
    expect(parseExtensions('tar.gz, ../x, averyveryverylongone, ok')).toEqual(['ok']);
    expect(parseExtensions('  ')).toEqual([]);
  });
});
