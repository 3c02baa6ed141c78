import { describe, expect, it } from 'vitest';
import { ColumnField, FormDefinition, FormField } from '@baton/schemas';
import { freeKey, newColumn, newField } from './field-defaults.ts';
import { columnTypes, fieldTypes } from './field-types.ts';

describe('freeKey', () => {
  it('given an unused base, when a key is picked, then the base itself is used', () => {
    expect(freeKey('amount', new Set(['date']))).toBe('amount');
  });

  it('given a used base, when a key is picked, then the first free number is appended from 2', () => {
    expect(freeKey('amount', new Set(['amount']))).toBe('amount2');
    expect(freeKey('amount', new Set(['amount', 'amount2', 'amount4']))).toBe('amount3');
  });
});

describe('newField', () => {
  it.each(fieldTypes)(
    'given a new %s field, when checked by the form schema, then it is valid as made',
    (type) => {
      const field = newField(type, new Set());
      const parsed = FormField.safeParse(field);

      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(field);
    },
  );

  it('given every type added to one form, when checked, then the keys are unique and the form is valid', () => {
    const taken = new Set<string>();
    const fields = [...fieldTypes, 'money' as const, 'computed' as const].map((type) => {
      const field = newField(type, taken);
      taken.add(field.key);

      return field;
    });

    expect(taken.size).toBe(fields.length);
    expect(FormDefinition.safeParse({ schemaVersion: 1, fields }).success).toBe(true);
  });

  it('given a computed field, when made, then its key starts from total and it is money in CNY', () => {
    expect(newField('computed', new Set(['total']))).toMatchObject({
      key: 'total2',
      valueType: 'money',
      currency: 'CNY',
      decimals: 2,
    });
  });

  it('given a table, when made, then it starts with one text column', () => {
    const table = newField('table', new Set());

    expect(table.type === 'table' && table.columns.map((column) => column.type)).toEqual(['text']);
  });
});

describe('newColumn', () => {
  it.each(columnTypes)(
    'given a new %s column, when checked by the column schema, then it is valid as made',
    (type) => {
      const column = newColumn(type, 'col');

      expect(ColumnField.safeParse(column).data).toEqual(column);
    },
  );

  it('given a money column, when made, then it is CNY with two places', () => {
    expect(newColumn('money', 'amount')).toMatchObject({
      currency: 'CNY',
      validation: { decimals: 2 },
    });
  });

  it('given a label, when a column is made, then it carries that label', () => {
    const label = { 'zh-CN': '金额', en: 'Amount' };

    expect(newColumn('number', 'qty', label).label).toEqual(label);
  });
});

/** The `type` values a discriminated union of the form schema accepts. */
function schemaTypes(union: typeof FormField | typeof ColumnField): string[] {
  return union.options.flatMap((option) => {
    const type = option.shape.type;

    return 'options' in type ? [...type.options] : [...type.values];
  });
}

describe('palette coverage', () => {
  it('given the form schema, when compared with the palette, then every field type is offered exactly once', () => {
    expect([...fieldTypes].sort()).toEqual(schemaTypes(FormField).sort());
    expect(new Set(fieldTypes).size).toBe(fieldTypes.length);
  });

  it('given the column schema, when compared with the column types, then every column type is offered', () => {
    expect([...columnTypes].sort()).toEqual(schemaTypes(ColumnField).sort());
  });
});
