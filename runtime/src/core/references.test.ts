import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import {
  approval,
  caught,
  Driver,
  sampleOrgSource,
  sequence,
  testContext,
  withFields,
} from './testing.ts';

const fields = [
  { key: 'who', type: 'user', label: 'Who' },
  { key: 'team', type: 'user', label: 'Team', multiple: true },
  { key: 'dept', type: 'department', label: 'Department' },
];
const bundle = () =>
  withFields(sequence([approval('s1', [{ kind: 'formField', field: 'who' }])]), fields);

function orgWithDisabledHeXin() {
  const source = sampleOrgSource();
  source.users = source.users.map((user) =>
    user.id === 'he.xin' ? { ...user, disabled: true } : user,
  );

  return createOrgDirectory(source);
}

describe('user and department values at submission (M2)', () => {
  it.each([
    ['who', 'u-ghost'],
    ['who', 'finance'],
    ['who', '__proto__'],
    ['who', 'constructor'],
    ['team', ['li.na', 'hasOwnProperty']],
    ['dept', 'd-ghost'],
    ['dept', 'li.na'],
    ['dept', '__proto__'],
  ])('refuses %s = %j, naming the field', (field, value) => {
    const driver = new Driver(bundle());

    const error = caught(() =>
      driver.start('chen.jie', { amount: '1.00', who: 'li.na', [field]: value }),
    );

    const bad = Array.isArray(value) ? value[1] : value;
    expect(error).toMatchObject({
      code: 'form.unknown-reference',
      kind: 'user',
      params: { field, value: bad },
      issues: [{ code: 'form.unknown-reference', severity: 'error', path: [field] }],
    });
    expect(driver.state).toBeNull();
  });

  it('refuses a disabled user', () => {
    const driver = new Driver(bundle(), testContext(orgWithDisabledHeXin()));

    const act = () => driver.start('chen.jie', { amount: '1.00', who: 'he.xin' });

    expect(act).toThrowError(expect.objectContaining({ code: 'form.unknown-reference' }));
  });

  it('accepts people and departments the org holds, and empty values', () => {
    const driver = new Driver(bundle());

    driver.start('chen.jie', { amount: '1.00', who: 'li.na', team: ['he.xin'], dept: 'it' });

    expect(driver.pending()).toEqual([['li.na', 'open']]);
    expect(() =>
      new Driver(bundle()).start('chen.jie', { amount: '1.00', who: 'li.na', dept: '' }),
    ).not.toThrow();
  });

  it('checks the values of a resubmission too', () => {
    const driver = new Driver(bundle());
    driver.start('chen.jie', { amount: '1.00', who: 'li.na' });
    driver.reject('li.na');

    const act = () => driver.resubmit({ amount: '1.00', who: 'ghost' });

    expect(act).toThrowError(expect.objectContaining({ code: 'form.unknown-reference' }));
    expect(driver.current.status).toBe('returned');
  });
});
