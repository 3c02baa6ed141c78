import { describe, expect, it } from 'vitest';
import { orgNames, userIdsOf } from './org-names.ts';

const names = orgNames(
  [
    { id: 'u-wang', username: 'wang.fang', name: '王芳', departmentId: 'd-sales', disabled: false },
    { id: 'u-old', username: 'old.hand', name: '离职员工', departmentId: null, disabled: true },
  ],
  [{ id: 'd-sales', name: '销售中心' }],
  (name) => `${name}（已停用）`,
);

describe('orgNames', () => {
  it('given users and departments, when named, then unknown ids show as they are', () => {
    expect(names.userName('u-wang')).toBe('王芳');
    expect(names.userName('u-ghost')).toBe('u-ghost');
    expect(names.departmentName('d-sales')).toBe('销售中心');
    expect(names.departmentName('d-gone')).toBe('d-gone');
  });

  it('given a disabled user, when named, then the name says so', () => {
    expect(names.userName('u-old')).toBe('离职员工（已停用）');
  });

  it('given a disabled user, when offered, then only one already chosen is listed, marked', () => {
    expect(names.users.map((option) => option.value)).toEqual(['u-wang']);
    expect(names.userOptions(['u-old']).map((option) => option.label)).toEqual([
      '王芳',
      '离职员工（已停用）',
    ]);
  });

  it('given a person, when offered, then the search covers the username and the details name the department', () => {
    expect(names.userOption('u-wang')).toEqual({
      value: 'u-wang',
      label: '王芳',
      search: '王芳 wang.fang',
      detail: 'wang.fang · 销售中心',
    });
  });
});

describe('userIdsOf', () => {
  it('given the shapes a user field may hold, when read, then they become a list of ids', () => {
    expect(userIdsOf('u-wang')).toEqual(['u-wang']);
    expect(userIdsOf(['u-wang', 3, 'u-li'])).toEqual(['u-wang', 'u-li']);
    expect(userIdsOf('')).toEqual([]);
    expect(userIdsOf(undefined)).toEqual([]);
  });
});
