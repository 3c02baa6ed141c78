import { describe, expect, it } from 'vitest';
import { formDefinitionJsonSchema } from '../json-schema.ts';
import { checkForm } from './check-form.ts';
import { FormDefinition } from './form.ts';
import { formEnvironment, formScope } from './scope.ts';
import { validateFormValues } from './validate.ts';

const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    { key: 'payee', type: 'user', label: { 'zh-CN': '收款人', en: 'Payee' }, required: true },
    {
      key: 'reviewers',
      type: 'user',
      multiple: true,
      label: { 'zh-CN': '评审人', en: 'Reviewers' },
    },
    { key: 'costDept', type: 'department', label: { 'zh-CN': '承担部门', en: 'Cost department' } },
  ],
});

function issues(values: Record<string, unknown>): string[] {
  return validateFormValues(form, values).issues.map(
    (issue) => `${issue.path.join('.')}: ${issue.code}: ${issue.message}`,
  );
}

describe('user and department fields', () => {
  it('gives a user field a string, a multiple user field a list of strings, a department a string', () => {
    expect(formScope(form).fields).toEqual({
      payee: 'string',
      reviewers: { list: 'string' },
      costDept: 'string',
    });
  });

  it('accepts ids and keeps repeated ids of a multiple field once, in order', () => {
    const values = { payee: 'u-li', reviewers: ['u-a', 'u-b', 'u-a'], costDept: 'd-sales' };

    const result = validateFormValues(form, values);

    expect(result.issues).toEqual([]);
    expect(result.values).toEqual({
      payee: 'u-li',
      reviewers: ['u-a', 'u-b'],
      costDept: 'd-sales',
    });
  });

  it('refuses a missing required user and leaves empty optional ones out', () => {
    const result = validateFormValues(form, { payee: ' ', reviewers: [] });

    expect(result.values).toEqual({});
    expect(issues({ payee: ' ', reviewers: [] })).toMatchInlineSnapshot(`
      [
        "payee: form.value.required: Payee is required",
      ]
    `);
  });

  it('refuses values that are not ids, naming the field and the item', () => {
    expect(issues({ payee: 42, reviewers: 'u-a', costDept: ['d-a'] })).toMatchInlineSnapshot(`
      [
        "payee: form.value.not-id: Payee must be the id of one entry of the organization",
        "reviewers: form.value.not-id-list: Reviewers must be a list of user ids",
        "costDept: form.value.not-id: Cost department must be the id of one entry of the organization",
      ]
    `);
    expect(issues({ payee: 'u-a', reviewers: ['u-a', ''] })).toMatchInlineSnapshot(`
      [
        "reviewers.1: form.value.not-id: Reviewers must be the id of one entry of the organization",
      ]
    `);
  });

  it('refuses a list of more than 200 people', () => {
    const reviewers = Array.from({ length: 201 }, (_, index) => `u-${index}`);

    expect(issues({ payee: 'u-a', reviewers })).toEqual([
      'reviewers: form.value.too-many-ids: Reviewers allows at most 200 people',
    ]);
  });

  it('reads ids into expressions as text and lists of text', () => {
    const env = formEnvironment(form, { payee: 'u-a', reviewers: ['u-a', 'u-b'], costDept: '' });

    expect(env).toEqual({ payee: 'u-a', reviewers: ['u-a', 'u-b'], costDept: null });
  });

  it('passes checkForm and appears in the JSON Schema export', () => {
    const schema = JSON.stringify(formDefinitionJsonSchema());

    expect(checkForm(form)).toEqual([]);
    expect(schema).toContain('"user"');
    expect(schema).toContain('"department"');
    expect(schema).toContain('"multiple"');
  });
});
