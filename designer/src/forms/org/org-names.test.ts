import { describe, expect, it } from 'vitest';
import { orgNames, userIdsOf } from './org-names.ts';

const names = orgNames(
  [
    { id: 'u-wang', name: '王芳', disabled: false },
    { id: 'u-old', name: '离职员工', disabled: true },
  ],
  [{ id: 'd-sales', name: '销售中心' }],
);

describe('orgNames', () => {
  it('given users and departments, when named, then unknown ids show as they are', () => {
    expect(names.userName('u-wang')).toBe('王芳');
    expect(names.userName('u-ghost')).toBe('u-ghost');
    expect(names.departmentName('d-sales')).toBe('销售中心');
    expect(names.departmentName('d-gone')).toBe('d-gone');
  });

  it('given a disabled user, when offered, then only one already chosen is listed', () => {
    expect(names.users).toEqual([{ value: 'u-wang', label: '王芳' }]);
    expect(names.userOptions(['u-old'])).toEqual([
      { value: 'u-wang', label: '王芳' },
      { value: 'u-old', label: '离职员工' },
    ]);
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
