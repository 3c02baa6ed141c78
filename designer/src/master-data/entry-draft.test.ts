import { describe, expect, it } from 'vitest';
import { fieldOfPath, readEntry } from './entry-draft.ts';

describe('readEntry', () => {
  it('given a complete draft, when read, then the input is trimmed and carries both names', () => {
    expect(
      readEntry('supplier', { code: ' S-900 ', zh: ' 华东纸业 ', en: 'East Paper Co.' }),
    ).toEqual({
      ok: true,
      input: {
        kind: 'supplier',
        code: 'S-900',
        name: { 'zh-CN': '华东纸业', en: 'East Paper Co.' },
      },
    });
  });

  it('given empty inputs, when read, then each one is refused at once', () => {
    expect(readEntry('project', { code: '  ', zh: '', en: ' ' })).toEqual({
      ok: false,
      errors: { code: 'required', zh: 'required', en: 'required' },
    });
  });

  it('given a code too long or with a control character, and a long name, when read, then they are refused', () => {
    const long = readEntry('costCentre', { code: 'C'.repeat(101), zh: '成', en: 'x'.repeat(201) });
    const control = readEntry('costCentre', { code: 'CC\u0007', zh: '成本', en: 'Cost' });

    expect(long).toEqual({ ok: false, errors: { code: 'tooLong', en: 'tooLong' } });
    expect(control).toEqual({ ok: false, errors: { code: 'control' } });
  });
});

describe('fieldOfPath', () => {
  it('given server issue paths, when mapped, then they point at the inputs', () => {
    expect(fieldOfPath(['code'])).toBe('code');
    expect(fieldOfPath(['name', 'zh-CN'])).toBe('zh');
    expect(fieldOfPath(['name', 'en'])).toBe('en');
    expect(fieldOfPath(['kind'])).toBeUndefined();
    expect(fieldOfPath(['name'])).toBeUndefined();
  });
});
