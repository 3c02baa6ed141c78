import { describe, expect, it } from 'vitest';
import type { FormDefinition, I18nText, ValidationIssue } from '@baton/schemas';
import { describeFormPath, indexIssues, valuePath } from './form-issues.ts';

const form: FormDefinition = {
  schemaVersion: 1,
  fields: [
    {
      key: 'amount',
      type: 'money',
      label: { 'zh-CN': '金额', en: 'Amount' },
      required: true,
      currency: 'CNY',
      validation: { decimals: 2 },
    },
    {
      key: 'items',
      type: 'table',
      label: { 'zh-CN': '明细', en: 'Items' },
      required: false,
      minRows: 0,
      maxRows: 500,
      columns: [
        {
          key: 'item',
          type: 'text',
          label: { 'zh-CN': '项目', en: 'Item' },
          required: true,
          validation: {},
        },
        {
          key: 'amount',
          type: 'money',
          label: '¥',
          required: true,
          currency: 'CNY',
          validation: { decimals: 2 },
        },
      ],
    },
  ],
};

function issue(path: ValidationIssue['path'], code = 'form.invalid'): ValidationIssue {
  return { code, severity: 'error', path, message: `${code} at ${path.join('.')}` };
}

describe('valuePath', () => {
  it('given a path from the command input, when read, then the values prefix is dropped', () => {
    expect(valuePath(['values', 'items', 0, 'amount'])).toEqual(['items', 0, 'amount']);
  });

  it('given a path into the values already, when read, then it is unchanged', () => {
    expect(valuePath(['items', 0, 'amount'])).toEqual(['items', 0, 'amount']);
  });
});

describe('indexIssues', () => {
  it('given issues on a field and on its table rows, when indexed, then the field gets the field and row issues only', () => {
    const onTable = issue(['items'], 'table.min-rows');
    const onRow = issue(['values', 'items', 1], 'table.row');
    const onCell = issue(['items', 1, 'amount']);
    const index = indexIssues(form, [onTable, onRow, onCell]);

    expect(index.field('items')).toEqual([onTable, onRow]);
    expect(index.field('amount')).toEqual([]);
  });

  it('given an issue on a cell, when indexed, then only that row of that table gets it', () => {
    const onCell = issue(['values', 'items', 1, 'amount']);
    const index = indexIssues(form, [onCell]);

    expect(index.row('items', 1)).toEqual([onCell]);
    expect(index.row('items', 0)).toEqual([]);
    expect(index.row('amount', 1)).toEqual([]);
  });

  it('given issues that name no field of the form, when indexed, then they are unplaced', () => {
    const unknownField = issue(['costCentre']);
    const wholeForm = issue([]);
    const onAmount = issue(['amount']);
    const index = indexIssues(form, [unknownField, wholeForm, onAmount]);

    expect(index.unplaced).toEqual([unknownField, wholeForm]);
    expect(index.field('amount')).toEqual([onAmount]);
  });

  it('given three issues, when indexed, then the count is three', () => {
    const index = indexIssues(form, [issue(['amount']), issue(['x']), issue(['items', 0, 'item'])]);

    expect(index.count).toBe(3);
  });
});

describe('describeFormPath', () => {
  const zh = (label: I18nText) => (typeof label === 'string' ? label : label['zh-CN']);
  const describeZh = (path: ValidationIssue['path']) =>
    describeFormPath({ form, path, text: zh, row: (n) => `第 ${n} 行`, separator: ' › ' });

  it('given a cell path, when described, then it names the field, the row counted from one and the column', () => {
    expect(describeZh(['items', 0, 'item'])).toBe('明细 › 第 1 行 › 项目');
  });

  it('given a command path to a cell, when described, then the values prefix is not named', () => {
    expect(describeZh(['values', 'items', 2, 'amount'])).toBe('明细 › 第 3 行 › ¥');
  });

  it('given a column the table does not have, when described, then the part is shown as it is', () => {
    expect(describeZh(['items', 0, 'note'])).toBe('明细 › 第 1 行 › note');
  });

  it('given an unknown field, when described, then the whole path is joined as written', () => {
    expect(describeZh(['values', 'nope', 1])).toBe('values › nope › 1');
  });

  it('given English labels, when described, then the English words are used', () => {
    const path = describeFormPath({
      form,
      path: ['amount'],
      text: (label) => (typeof label === 'string' ? label : label.en),
      row: (n) => `row ${n}`,
      separator: ' / ',
    });

    expect(path).toBe('Amount');
  });
});
