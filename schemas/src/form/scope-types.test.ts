import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_CALENDAR } from '../calendar/business-calendar.ts';
import { checkExpression } from '../expression/check-expression.ts';
import { evaluateCondition, evaluateFormula } from '../expression/with-form.ts';
import { FormDefinition } from './form.ts';
import { formEnvironment, formScope } from './scope.ts';

const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    { key: 'amount', type: 'money', label: 'Amount' },
    { key: 'rate', type: 'percentage', label: 'Rate' },
    { key: 'meetAt', type: 'datetime', label: 'Meeting' },
    { key: 'trip', type: 'dateRange', label: 'Trip' },
    { key: 'leave', type: 'dateRange', label: 'Leave', duration: 'workdays' },
    {
      key: 'travel',
      type: 'radio',
      label: 'Travel',
      options: [{ value: 'train', label: 'Train' }],
    },
    {
      key: 'tags',
      type: 'multiselect',
      label: 'Tags',
      options: [
        { value: 'urgent', label: 'Urgent' },
        { value: 'audit', label: 'Audit' },
      ],
    },
    { key: 'agree', type: 'checkbox', label: 'Agree' },
    { key: 'files', type: 'attachment', label: 'Files' },
    { key: 'supplier', type: 'remote', label: 'Supplier', source: 'supplier' },
    { key: 'related', type: 'reference', label: 'Related' },
    { key: 'note', type: 'description', label: 'Note', text: 'Text' },
    { key: 'part', type: 'section', label: 'Part' },
  ],
});

const filled = {
  amount: '1000.00',
  rate: '12.50',
  meetAt: '2026-03-12T01:30:00Z',
  trip: { start: '2026-03-02', end: '2026-03-04' },
  leave: { start: '2026-03-06', end: '2026-03-09' },
  travel: 'train',
  tags: ['urgent'],
  agree: true,
  files: [{ id: 'f1', name: 'quote.pdf', size: 10, mediaType: 'application/pdf' }, 'f2'],
  supplier: 'SUP-1',
  related: 'req-9',
};

describe('form scope of the field types added for #5', () => {
  it('types each field for expressions and leaves out display-only fields', () => {
    expect(formScope(form).fields).toEqual({
      amount: 'money',
      rate: 'number',
      meetAt: 'datetime',
      trip: 'number',
      leave: 'number',
      travel: 'string',
      tags: { list: 'string' },
      agree: 'boolean',
      files: { list: 'string' },
      supplier: 'string',
      related: 'string',
    });
    expect(checkExpression('note == 1', formScope(form)).issues[0]?.code).toBe(
      'expr.unknown-field',
    );
  });

  it('reads a percentage as the percent, so amount * rate / 100 is the share', () => {
    expect(evaluateFormula('amount * rate / 100', filled, form)).toBe('125');
  });

  it('reads a date range as its days counted inclusively, or its working days with a calendar', () => {
    expect(evaluateFormula('trip', filled, form)).toBe('3');
    expect(evaluateFormula('leave', filled, form)).toBe('4');
    expect(evaluateFormula('leave', filled, form, { calendar: DEFAULT_BUSINESS_CALENDAR })).toBe(
      '2',
    );
  });

  it('reads choices, ticks, files, codes, ids and moments as lists, booleans and text', () => {
    const env = formEnvironment(form, filled);

    expect(env.tags).toEqual(['urgent']);
    expect(env.agree).toBe(true);
    expect(env.files).toEqual(['quote.pdf', 'f2']);
    expect(evaluateCondition("'urgent' in tags && agree && count(files) == 2", filled, form)).toBe(
      true,
    );
    expect(evaluateCondition("meetAt < '2026-03-12T02:00:00Z'", filled, form)).toBe(true);
    expect(evaluateCondition("meetAt < '2026-03-12T01:30:00Z'", filled, form)).toBe(false);
    expect(evaluateCondition("supplier == 'SUP-1' && related == 'req-9'", filled, form)).toBe(true);
  });

  // Each condition is true for `filled`: with the field absent or empty it must not be.
  it.each([
    ['rate', 'rate > 10'],
    ['rate', '!(rate <= 10)'],
    ['meetAt', "meetAt > '2000-01-01T00:00:00Z'"],
    ['meetAt', "meetAt != '2000-01-01T00:00:00Z'"],
    ['trip', 'trip >= 1'],
    ['trip', 'trip != 0'],
    ['travel', "travel == 'train'"],
    ['travel', "travel != 'plane'"],
    ['tags', 'count(tags) >= 1'],
    ['tags', "'urgent' in tags"],
    ['agree', 'agree == true'],
    ['agree', 'agree != false'],
    ['files', 'count(files) > 0'],
    ['supplier', "supplier != 'SUP-2'"],
    ['related', "related == 'req-9'"],
  ])('never makes a comparison on an absent or empty %s true: %s', (key, condition) => {
    const empty: Record<string, unknown> = { ...filled };
    delete empty[key];

    expect(evaluateCondition(condition, filled, form)).toBe(true);
    expect(evaluateCondition(condition, empty, form)).toBe(false);
    const blank = Array.isArray(filled[key as keyof typeof filled]) ? [] : '';
    expect(evaluateCondition(condition, { ...filled, [key]: blank }, form)).toBe(false);
  });
});
