import { describe, expect, it } from 'vitest';
import type { FormField } from '../form/form.ts';
import { expenseLikeBundle } from './edit.fixture.ts';
import { addField, moveField, removeField, updateField } from './edit.ts';

const dateField: FormField = { key: 'date', type: 'date', label: 'Date', required: false };

function keys(bundle: ReturnType<typeof expenseLikeBundle>): string[] {
  return bundle.form.fields.map((field) => field.key);
}

describe('form field commands', () => {
  it('adds a field at an index and refuses a key already used', () => {
    const bundle = expenseLikeBundle();

    const next = addField({ field: dateField, index: 1 }).apply(bundle);

    expect(keys(next)).toEqual(['description', 'date', 'amount']);
    expect(() => addField({ field: dateField }).apply(next)).toThrow(
      expect.objectContaining({ code: 'edit.duplicate-field' }),
    );
  });

  it('moves a field and clamps the target index', () => {
    const bundle = addField({ field: dateField }).apply(expenseLikeBundle());

    expect(keys(moveField({ key: 'date', toIndex: 0 }).apply(bundle))).toEqual([
      'date',
      'description',
      'amount',
    ]);
    expect(keys(moveField({ key: 'description', toIndex: 9 }).apply(bundle))).toEqual([
      'amount',
      'date',
      'description',
    ]);
  });

  it('replaces a field, renaming its key, and removes one', () => {
    const bundle = expenseLikeBundle();

    const renamed = updateField({ key: 'amount', field: { ...dateField, key: 'paidOn' } }).apply(
      bundle,
    );
    const removed = removeField({ key: 'description' }).apply(bundle);

    expect(keys(renamed)).toEqual(['description', 'paidOn']);
    expect(keys(removed)).toEqual(['amount']);
    expect(() => removeField({ key: 'ghost' }).apply(bundle)).toThrow(
      expect.objectContaining({ code: 'edit.unknown-field' }),
    );
  });

  it('refuses renaming a field to another field’s key', () => {
    expect(() =>
      updateField({ key: 'amount', field: { ...dateField, key: 'description' } }).apply(
        expenseLikeBundle(),
      ),
    ).toThrow(expect.objectContaining({ code: 'edit.duplicate-field' }));
  });
});
