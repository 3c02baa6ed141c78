import { describe, expect, it } from 'vitest';
import type { FormField } from '@baton/schemas';
import { groupBySection } from './field-groups.ts';

const text = (key: string): FormField => ({
  key,
  type: 'text',
  label: key,
  required: false,
  validation: {},
});
const section = (key: string): FormField => ({ key, type: 'section', label: key });

describe('groupBySection', () => {
  it('given fields before and after two sections, when grouped, then each section heads the fields up to the next', () => {
    const groups = groupBySection([
      text('title'),
      section('costs'),
      text('amount'),
      text('tax'),
      section('notes'),
      text('remark'),
    ]);

    expect(
      groups.map((group) => [group.section?.key ?? null, group.fields.map((field) => field.key)]),
    ).toEqual([
      [null, ['title']],
      ['costs', ['amount', 'tax']],
      ['notes', ['remark']],
    ]);
  });

  it('given a form that starts with a section, when grouped, then there is no empty first group', () => {
    const groups = groupBySection([section('head'), text('a')]);

    expect(groups.map((group) => group.section?.key)).toEqual(['head']);
  });

  it('given a section with nothing after it, when grouped, then its heading still shows', () => {
    expect(groupBySection([text('a'), section('end')]).at(-1)?.fields).toEqual([]);
  });
});
