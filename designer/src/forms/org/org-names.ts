import { userOption, userOptions, type PersonLike, type UserOption } from './user-options.ts';

/** A department as a select option. */
export type OrgOption = { readonly value: string; readonly label: string };

type Department = { readonly id: string; readonly name: string };

/** What `user` and `department` fields and the pickers of people need of the organization. */
export type OrgNames = {
  /** Enabled users; a disabled user chosen earlier is added by `userOptions`. */
  readonly users: readonly UserOption[];
  readonly departments: readonly OrgOption[];
  readonly userName: (id: string) => string;
  readonly departmentName: (id: string) => string;
  /** One person as an option (name, search text, username · department). */
  readonly userOption: (id: string) => UserOption;
  /** Options for a user select: enabled users plus those already chosen, marked if disabled. */
  readonly userOptions: (chosen: readonly string[]) => UserOption[];
};

/**
 * Names and options of an organization's users and departments; unknown ids show as they are.
 * `markDisabled` words a disabled person's name ("李娜（已停用）") wherever one still shows.
 */
export function orgNames(
  users: readonly PersonLike[],
  departments: readonly Department[],
  markDisabled: (name: string) => string = (name) => name,
): OrgNames {
  const userById = new Map(users.map((user) => [user.id, user]));
  const departmentById = new Map(departments.map((department) => [department.id, department]));
  const context = {
    departmentName: (id: string) => departmentById.get(id)?.name,
    markDisabled,
  };

  return {
    users: userOptions(users, [], context),
    departments: departments.map((department) => ({
      value: department.id,
      label: department.name,
    })),
    userName: (id) => {
      const user = userById.get(id);
      if (!user) return id;

      return user.disabled === true ? markDisabled(user.name) : user.name;
    },
    departmentName: (id) => departmentById.get(id)?.name ?? id,
    userOption: (id) => userOption(id, userById.get(id), context),
    userOptions: (chosen) => userOptions(users, chosen, context),
  };
}

/** The ids a `user` field holds: one id, a list of ids, or none. */
export function userIdsOf(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];

  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}
