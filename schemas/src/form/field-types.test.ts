import { describe, expect, it } from 'vitest';
import { FormDefinition } from './form.ts';
import { validateFormValues } from './validate.ts';

/** A form with one field of each type added for #5. */
const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    { key: 'rate', type: 'percentage', label: 'Rate', validation: { max: '100' } },
    { key: 'meetAt', type: 'datetime', label: 'Meeting' },
    { key: 'trip', type: 'dateRange', label: 'Trip', validation: { maxDays: 10 } },
    {
      key: 'travel',
      type: 'radio',
      label: 'Travel',
      options: [
        { value: 'train', label: 'Train' },
        { value: 'plane', label: 'Plane' },
      ],
    },
    {
      key: 'tags',
      type: 'multiselect',
      label: 'Tags',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
        { value: 'c', label: 'C' },
      ],
      validation: { maxItems: 2 },
    },
    { key: 'agree', type: 'checkbox', label: 'Agree', required: true },
    { key: 'files', type: 'attachment', label: 'Files', validation: { maxFiles: 2 } },
    { key: 'photos', type: 'image', label: 'Photos' },
    { key: 'supplier', type: 'remote', label: 'Supplier', source: 'supplier' },
    { key: 'related', type: 'reference', label: 'Related' },
    { key: 'note', type: 'description', label: 'Note', text: 'Read this' },
    { key: 'part', type: 'section', label: 'Part two' },
  ],
});

const base = { agree: true };

function check(values: Record<string, unknown>) {
  const result = validateFormValues(form, { ...base, ...values });

  return {
    values: result.values,
    issues: result.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.code}: ${issue.message}`,
    ),
  };
}

describe('validateFormValues percentage', () => {
  it('normalizes the percent to the field places', () => {
    expect(check({ rate: '12.5' })).toEqual({ values: { ...base, rate: '12.50' }, issues: [] });
  });

  it('refuses a percent above its maximum and a JSON number', () => {
    expect(check({ rate: '100.01' }).issues).toEqual([
      'rate: form.value.above-max: Rate must be at most 100',
    ]);
    expect(check({ rate: 12 }).issues[0]).toContain('form.value.number-not-string');
  });
});

describe('validateFormValues datetime', () => {
  it.each([
    ['2026-03-12T09:30:00Z', '2026-03-12T09:30:00Z'],
    ['2026-03-12T09:30:00.999Z', '2026-03-12T09:30:00Z'],
    ['2026-03-12T09:30+08:00', '2026-03-12T01:30:00Z'],
    ['2026-03-01T01:00:00+08:00', '2026-02-28T17:00:00Z'],
    ['2024-12-31T20:00:00-05:00', '2025-01-01T01:00:00Z'],
  ])('stores %s as the UTC instant %s', (given, stored) => {
    expect(check({ meetAt: given })).toEqual({ values: { ...base, meetAt: stored }, issues: [] });
  });

  it('refuses a local time without a zone with its own code', () => {
    expect(check({ meetAt: '2026-03-12T09:30:00' }).issues).toEqual([
      'meetAt: form.value.datetime-no-zone: Meeting: "2026-03-12T09:30:00" has no time zone: add Z or an offset such as +08:00',
    ]);
  });

  it.each(['2026-02-30T09:00:00Z', '2026-03-12T24:00:00Z', '2026-03-12', 'tomorrow'])(
    'refuses %s',
    (given) => {
      expect(check({ meetAt: given }).issues[0]).toContain('form.value.not-datetime');
    },
  );
});

describe('validateFormValues date range', () => {
  it('accepts a range of real days and keeps it as given', () => {
    const trip = { start: '2026-03-02', end: '2026-03-04' };

    expect(check({ trip })).toEqual({ values: { ...base, trip }, issues: [] });
  });

  it('refuses an end before the start, a range past maxDays and a day that does not exist', () => {
    expect(check({ trip: { start: '2026-03-04', end: '2026-03-02' } }).issues).toEqual([
      'trip: form.value.range-reversed: Trip: the end 2026-03-02 is before the start 2026-03-04',
    ]);
    expect(check({ trip: { start: '2026-03-01', end: '2026-03-11' } }).issues).toEqual([
      'trip: form.value.range-too-long: Trip may span at most 10 days; 2026-03-01 to 2026-03-11 is 11',
    ]);
    expect(check({ trip: { start: '2026-02-29', end: '2026-03-01' } }).issues).toEqual([
      'trip.start: form.value.not-date: Trip: "2026-02-29" is not a calendar day written YYYY-MM-DD',
    ]);
  });

  it('refuses another shape and reads a blank range as missing', () => {
    expect(check({ trip: ['2026-03-02', '2026-03-04'] }).issues[0]).toContain(
      'form.value.not-date-range',
    );
    expect(check({ trip: { start: '', end: '' } })).toEqual({ values: base, issues: [] });
  });
});

describe('validateFormValues radio, multiselect and checkbox', () => {
  it('accepts a radio option and refuses another value', () => {
    expect(check({ travel: 'train' }).values.travel).toBe('train');
    expect(check({ travel: 'car' }).issues).toEqual([
      'travel: form.value.not-option: Travel: "car" is not one of the options (train, plane)',
    ]);
  });

  it('returns a multi-selection in the options order without repeats', () => {
    expect(check({ tags: ['c', 'a', 'c'] }).values.tags).toEqual(['a', 'c']);
  });

  it('refuses an unknown option at its index and more than maxItems', () => {
    expect(check({ tags: ['a', 'x'] }).issues).toEqual([
      'tags.1: form.value.not-option: Tags: "x" is not one of the options (a, b, c)',
    ]);
    expect(check({ tags: ['a', 'b', 'c'] }).issues).toEqual([
      'tags: form.value.too-many-items: Tags allows at most 2 choices',
    ]);
    expect(check({ tags: 'a' }).issues[0]).toContain('form.value.not-option-list');
  });

  it('wants a required checkbox ticked and a boolean in any checkbox', () => {
    expect(check({ agree: false }).issues).toEqual([
      'agree: form.value.not-ticked: Agree must be ticked',
    ]);
    expect(check({ agree: 'yes' }).issues).toEqual([
      'agree: form.value.not-boolean: Agree must be true or false',
    ]);
    expect(validateFormValues(form, {}).issues.map((issue) => issue.code)).toEqual([
      'form.value.required',
    ]);
  });
});

describe('validateFormValues attachments and images', () => {
  const pdf = { id: 'f-1', name: 'quote.pdf', size: 1000, mediaType: 'application/pdf' };

  it('accepts ids and described files, keeping a repeated id once', () => {
    expect(check({ files: ['f-1', pdf, 'f-2'] }).values.files).toEqual(['f-1', 'f-2']);
  });

  it('refuses more files than maxFiles, an empty id and an unaccepted type', () => {
    expect(check({ files: ['a', 'b', 'c'] }).issues).toEqual([
      'files: form.value.too-many-files: Files allows at most 2 files',
    ]);
    expect(check({ files: [''] }).issues[0]).toContain('files.0: form.value.not-file');
    expect(check({ files: ['x'.repeat(201)] }).issues[0]).toContain('form.value.not-file');
    expect(check({ photos: [pdf] }).issues).toEqual([
      'photos.0: form.file.not-accepted: Photos: "quote.pdf" is not an accepted type (png, jpg, jpeg, gif, webp)',
    ]);
  });

  it('refuses a described file larger than maxSizeMb', () => {
    const big = { ...pdf, size: 20 * 1024 * 1024 + 1 };

    expect(check({ files: [big] }).issues).toEqual([
      'files.0: form.file.too-large: Files: "quote.pdf" is larger than 20 MB',
    ]);
  });
});

describe('validateFormValues remote codes, references and display fields', () => {
  it('accepts a code and a request id within their lengths', () => {
    const values = { supplier: 'SUP-001', related: 'req-42' };

    expect(check(values)).toEqual({ values: { ...base, ...values }, issues: [] });
  });

  it('refuses a code that is too long and a request id that is not text', () => {
    expect(check({ supplier: 'x'.repeat(101) }).issues).toEqual([
      'supplier: form.value.not-code: Supplier must be the code of a list entry (at most 100 characters)',
    ]);
    expect(check({ related: 42 }).issues[0]).toContain('form.value.not-request-id');
  });

  it('refuses a value for a description or a section', () => {
    expect(check({ note: 'x', part: 1 }).issues).toEqual([
      'note: form.field.no-value: Note only shows text and takes no value',
      'part: form.field.no-value: Part two only shows text and takes no value',
    ]);
  });
});
