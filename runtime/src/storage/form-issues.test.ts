import { FormDefinition } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { formIssue, formIssueMessages } from './form-issues.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the form issue catalogue', () => {
  it.each(Object.entries(formIssueMessages))('gives %s a text in both languages', (_, entry) => {
    expect(entry['zh-CN'].trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
    expect(placeholders(entry['zh-CN'])).toEqual(placeholders(entry.en));
    expect(placeholders(entry.en)).toContain('field');
  });

  it('names the field in the issue language and cuts long submitted text', () => {
    const [field] = FormDefinition.parse({
      schemaVersion: 1,
      fields: [
        {
          key: 'costCentre',
          type: 'remote',
          label: { 'zh-CN': '成本中心', en: 'Cost centre' },
          source: 'costCentre',
        },
      ],
    }).fields;
    if (!field) throw new Error('no field');

    const issue = formIssue(
      'form.remote.inactive',
      { field, locale: 'zh-CN' },
      { code: 'X'.repeat(50) },
    );

    expect(issue).toEqual({
      code: 'form.remote.inactive',
      severity: 'error',
      path: ['costCentre'],
      message: `“成本中心”中的 ${'X'.repeat(40)}… 不存在或已停用`,
    });
  });
});
