import { describe, expect, it } from 'vitest';
import { userOptions, type OptionContext } from './user-options.ts';

const context: OptionContext = {
  departmentName: (id) => (id === 'd-fin' ? 'Finance' : undefined),
  markDisabled: (name) => `${name} (disabled)`,
};

const users = [
  { id: 'li.na', username: 'li.na', name: '李娜', departmentId: 'd-fin' },
  { id: 'zhao', username: 'zhao.min', name: '赵敏', disabled: true },
  { id: 'huang', username: 'huang.lei', name: '黄磊', departmentId: 'd-gone', disabled: false },
];

describe('userOptions', () => {
  it('given enabled and disabled people, when offered, then the disabled ones are left out unless chosen', () => {
    expect(userOptions(users, [], context).map((option) => option.value)).toEqual([
      'li.na',
      'huang',
    ]);
    expect(userOptions(users, ['zhao', 'ghost', 'li.na'], context)).toEqual([
      { value: 'li.na', label: '李娜', search: '李娜 li.na', detail: 'li.na · Finance' },
      { value: 'huang', label: '黄磊', search: '黄磊 huang.lei', detail: 'huang.lei' },
      { value: 'zhao', label: '赵敏 (disabled)', search: '赵敏 zhao.min', detail: 'zhao.min' },
      { value: 'ghost', label: 'ghost', search: 'ghost', detail: '' },
    ]);
  });
});
