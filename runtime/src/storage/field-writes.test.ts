import { FormDefinition, type AccessMap } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { clearedKeys, writtenValues } from './field-writes.ts';

const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    { key: 'mine', type: 'text', label: 'Mine' },
    { key: 'shown', type: 'money', label: 'Shown' },
    { key: 'secret', type: 'text', label: 'Secret' },
    { key: 'total', type: 'computed', label: 'Total', formula: 'shown' },
  ],
});
const access: AccessMap = { mine: 'edit', shown: 'read', secret: 'hidden', total: 'read' };
const base = { mine: 'old', shown: '10.00', secret: 'x', total: '10.00' };

const written = (submitted: Record<string, unknown>, whole: boolean) =>
  writtenValues({ form, access, base, submitted, whole });

describe('writtenValues', () => {
  it('takes the editable fields from the writer and keeps the others', () => {
    expect(written({ mine: 'new' }, true)).toEqual({
      values: { mine: 'new', shown: '10.00', secret: 'x' },
      refused: [],
    });
  });

  it('empties an editable field left out of a whole submission but not of a patch', () => {
    expect(written({}, true).values).not.toHaveProperty('mine');
    expect(written({}, false).values).toMatchObject({ mine: 'old' });
  });

  it('refuses a changed read-only value and any value for a hidden field', () => {
    expect(written({ shown: '11.00', secret: 'x' }, true).refused).toEqual(['shown', 'secret']);
    expect(written({ secret: 'guess' }, false).refused).toEqual(['secret']);
  });

  it('accepts a read-only value sent back as it is and empty values for hidden fields', () => {
    expect(written({ mine: 'a', shown: '10.00', secret: null }, true).refused).toEqual([]);
    expect(written({ secret: '' }, false).refused).toEqual([]);
  });

  it('counts clearing a read-only field in a patch as a write', () => {
    expect(written({ shown: null }, false).refused).toEqual(['shown']);
    expect(written({ shown: null }, true).refused).toEqual([]);
  });

  it('passes computed fields and unknown keys on to validation, never from what was held', () => {
    expect(written({ total: '99.00', typo: 1 }, true).values).toMatchObject({
      total: '99.00',
      typo: 1,
    });
    expect(written({}, false).values).not.toHaveProperty('total');
  });

  it('refuses any value for a computed field hidden from the writer, right or wrong', () => {
    const hiddenTotal = { ...access, total: 'hidden' } as const;
    const write = (total: unknown) =>
      writtenValues({ form, access: hiddenTotal, base, submitted: { total }, whole: false });

    expect(write('10.00').refused).toEqual(['total']);
    expect(write('0').refused).toEqual(['total']);
    expect(write(null)).toEqual({
      values: { mine: 'old', shown: '10.00', secret: 'x' },
      refused: [],
    });
  });
});

describe('clearedKeys', () => {
  const cleared = (after: Record<string, unknown>) =>
    clearedKeys({ form, access, before: base, after });

  it('names the fields the writer may not edit whose value a write would drop', () => {
    expect(cleared({ mine: 'new', total: '10.00' })).toEqual(['shown', 'secret']);
    expect(cleared({ shown: '', secret: null })).toEqual(['shown', 'secret']);
  });

  it('leaves out editable fields, computed fields and values that stay', () => {
    expect(cleared({ shown: '10.00', secret: 'x' })).toEqual([]);
  });
});
