import type { FormDefinition } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { resolveApprovers } from '../resolve.ts';
import { disable, richOrg } from '../testing.ts';

const org = richOrg();
const form: FormDefinition = {
  schemaVersion: 1,
  fields: [
    { key: 'owner', type: 'user', label: 'Owner', required: false, multiple: false },
    { key: 'reviewers', type: 'user', label: 'Reviewers', required: false, multiple: true },
    { key: 'dept', type: 'department', label: 'Department', required: false },
  ],
};

function resolveField(field: string, values: Record<string, unknown>, directory = org) {
  return resolveApprovers(
    { kind: 'formField', field },
    { initiatorId: 'chen.jie', org: directory, form, values },
  );
}

describe('formField', () => {
  it('chooses the user in a user field', () => {
    const result = resolveField('owner', { owner: 'li.na' });

    expect(result.userIds).toEqual(['li.na']);
    expect(result.facts).toEqual(['form field owner names li.na']);
    expect(result.reason).toBe('the person in form field owner');
  });

  it('chooses every user of a multiple user field, in order, and records unknown ids', () => {
    const result = resolveField('reviewers', { reviewers: ['he.xin', 'ghost', 'li.na'] });

    expect(result.userIds).toEqual(['he.xin', 'li.na']);
    expect(result.facts).toContain('user ghost does not exist');
  });

  it('chooses the head of the department in a department field', () => {
    const result = resolveField('dept', { dept: 'finance' });

    expect(result.userIds).toEqual(['li.na']);
    expect(result.reason).toBe('head of 财务部');
  });

  it('records a department without a head and an unknown department', () => {
    expect(resolveField('dept', { dept: 'it' }).facts).toEqual([
      'form field dept names 信息技术部',
      '信息技术部 has no head',
    ]);
    expect(resolveField('dept', { dept: 'mars' }).facts).toEqual([
      'department mars does not exist',
    ]);
  });

  it('records an empty field and a value that is not an id', () => {
    expect(resolveField('owner', {}).facts).toEqual(['form field owner is empty']);
    expect(resolveField('owner', { owner: 7 }).facts).toEqual([
      'form field owner does not hold a person or a department',
    ]);
  });

  it('never assigns a disabled user from a field', () => {
    const disabled = richOrg((source) => disable(source, 'li.na'));

    expect(resolveField('owner', { owner: 'li.na' }, disabled).userIds).toEqual([]);
  });

  it('without the form, looks an id up as a user, then as a department', () => {
    const ctx = { initiatorId: 'chen.jie', org };

    const asUser = resolveApprovers(
      { kind: 'formField', field: 'x' },
      { ...ctx, values: { x: 'he.xin' } },
    );
    const asDepartment = resolveApprovers(
      { kind: 'formField', field: 'x' },
      { ...ctx, values: { x: 'finance' } },
    );
    const neither = resolveApprovers(
      { kind: 'formField', field: 'x' },
      { ...ctx, values: { x: 'moon' } },
    );

    expect(asUser.userIds).toEqual(['he.xin']);
    expect(asDepartment.userIds).toEqual(['li.na']);
    expect(neither.facts).toEqual(['moon in form field x is neither a user nor a department']);
  });
});

describe('an initiator naming themselves', () => {
  it('is skipped and marked as named by themselves in a user field (H4)', () => {
    const result = resolveField('owner', { owner: 'chen.jie' });

    expect(result.userIds).toEqual([]);
    expect(result.initiatorSkipped).toBe(true);
    expect(result.initiatorNamedBySelf).toBe(true);
  });

  it('is not marked when a rule of the flow names them', () => {
    const result = resolveApprovers(
      { kind: 'user', userIds: ['chen.jie'] },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.initiatorSkipped).toBe(true);
    expect(result.initiatorNamedBySelf).toBeUndefined();
  });

  it('reads only the form values themselves, never their prototype', () => {
    const result = resolveField('constructor', { owner: 'li.na' });

    expect(result.userIds).toEqual([]);
    expect(result.facts).toEqual(['form field constructor is empty']);
  });
});
