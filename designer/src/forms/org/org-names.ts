/** A person or a department as a select option. */
export type OrgOption = { readonly value: string; readonly label: string };

type User = { readonly id: string; readonly name: string; readonly disabled: boolean };
type Department = { readonly id: string; readonly name: string };

/** What `user` and `department` fields need of the organization. */
export type OrgNames = {
  /** Active users; a disabled user chosen earlier is added by `userOptions`. */
  readonly users: readonly OrgOption[];
  readonly departments: readonly OrgOption[];
  readonly userName: (id: string) => string;
  readonly departmentName: (id: string) => string;
  /** Options for a user select: active users plus those already chosen. */
  readonly userOptions: (chosen: readonly string[]) => OrgOption[];
};

/** Names and options of an organization's users and departments; unknown ids show as they are. */
export function orgNames(users: readonly User[], departments: readonly Department[]): OrgNames {
  const userById = new Map(users.map((user) => [user.id, user]));
  const departmentById = new Map(departments.map((department) => [department.id, department]));
  const active = users
    .filter((user) => !user.disabled)
    .map((user) => ({ value: user.id, label: user.name }));

  return {
    users: active,
    departments: departments.map((department) => ({
      value: department.id,
      label: department.name,
    })),
    userName: (id) => userById.get(id)?.name ?? id,
    departmentName: (id) => departmentById.get(id)?.name ?? id,
    userOptions: (chosen) => [
      ...active,
      ...chosen
        .filter((id) => !active.some((option) => option.value === id))
        .map((id) => ({ value: id, label: userById.get(id)?.name ?? id })),
    ],
  };
}

/** The ids a `user` field holds: one id, a list of ids, or none. */
export function userIdsOf(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];

  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}
