/** A person as the pickers need them; `username` and `departmentId` when the org gives them. */
export type PersonLike = {
  readonly id: string;
  readonly name: string;
  readonly username?: string | undefined;
  readonly departmentId?: string | null | undefined;
  readonly disabled?: boolean | undefined;
};

/**
 * A person as a select option: `label` is the name (marked when disabled), `search` what a
 * search matches (name and username), `detail` the secondary text (username · department).
 */
export type UserOption = {
  readonly value: string;
  readonly label: string;
  readonly search: string;
  readonly detail: string;
};

/** How options name things: departments by id, and a disabled person ("李娜（已停用）"). */
export type OptionContext = {
  readonly departmentName: (id: string) => string | undefined;
  readonly markDisabled: (name: string) => string;
};

/** One person as an option; an id the org does not know shows as it is. */
export function userOption(
  id: string,
  user: PersonLike | undefined,
  context: OptionContext,
): UserOption {
  if (!user) return { value: id, label: id, search: id, detail: '' };
  const department = user.departmentId ? context.departmentName(user.departmentId) : undefined;
  const label = user.disabled === true ? context.markDisabled(user.name) : user.name;

  return {
    value: id,
    label,
    search: [user.name, user.username ?? ''].join(' ').trim(),
    detail: [user.username, department].filter((part) => part).join(' · '),
  };
}

/**
 * Options for a person picker: every enabled person, then those already chosen that are not
 * (disabled or unknown ones), so a choice made earlier still shows, marked.
 */
export function userOptions(
  users: readonly PersonLike[],
  chosen: readonly string[],
  context: OptionContext,
): UserOption[] {
  const byId = new Map(users.map((user) => [user.id, user]));
  const active = users.filter((user) => user.disabled !== true);
  const listed = new Set(active.map((user) => user.id));
  const extra = [...new Set(chosen)].filter((id) => !listed.has(id));

  return [
    ...active.map((user) => userOption(user.id, user, context)),
    ...extra.map((id) => userOption(id, byId.get(id), context)),
  ];
}

/**
 * How a person picker searches: what is typed is looked for in the label (the name) and the
 * search text (name and username), ignoring case.
 */
export const USER_SEARCH = { optionFilterProp: ['label', 'search'] };
