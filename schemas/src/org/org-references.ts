import { excerpt } from '../excerpt.ts';
import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { type IssuePath, createIssue } from '../issue-factory.ts';
import type { IssueCode, MessageParams } from '../messages.ts';
import type { Org, OrgUser } from './org.ts';

/** Where the org checks report, and what they look things up in. @internal */
export type OrgPlace = {
  readonly org: Org;
  readonly locale: Locale;
  readonly issues: ValidationIssue[];
  /** First user, department, role, position by id or key (a repeated one is an issue). */
  readonly users: ReadonlyMap<string, number>;
  readonly departments: ReadonlyMap<string, number>;
  readonly roles: ReadonlySet<string>;
  readonly positions: ReadonlySet<string>;
};

export function report(
  place: OrgPlace,
  code: IssueCode,
  params: MessageParams,
  extra: { path: IssuePath; severity?: 'error' | 'warning' },
): void {
  place.issues.push(createIssue(code, params, { ...extra, locale: place.locale }));
}

function firstPositions<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const found = new Map<string, number>();
  items.forEach((item, index) => {
    if (!found.has(key(item))) found.set(key(item), index);
  });

  return found;
}

export function orgPlace(org: Org, locale: Locale): OrgPlace {
  return {
    org,
    locale,
    issues: [],
    users: firstPositions(org.users, (user) => user.id),
    departments: firstPositions(org.departments, (department) => department.id),
    roles: new Set(org.roles.map((role) => role.key)),
    positions: new Set(org.positions.map((position) => position.key)),
  };
}

/** How messages name a user: the username, cut to a readable length. */
export function userName(user: OrgUser | undefined): string {
  return user ? excerpt(user.username) : '';
}

function repeated<T>(
  place: OrgPlace,
  list: { items: readonly T[]; name: string; key: string },
  issue: { code: IssueCode; param: string; value: (item: T) => string },
): void {
  const seen = new Set<string>();
  list.items.forEach((item, index) => {
    const value = issue.value(item);
    if (seen.has(value)) {
      const path = [list.name, index, list.key];
      report(place, issue.code, { [issue.param]: excerpt(value) }, { path });
    }
    seen.add(value);
  });
}

/** Repeated user ids and usernames, department ids, role, position and group keys (errors). */
export function checkDuplicates(place: OrgPlace): void {
  const { users, departments, roles, positions, groups } = place.org;
  const id = (item: { id: string }) => item.id;
  const key = (item: { key: string }) => item.key;
  repeated(
    place,
    { items: users, name: 'users', key: 'id' },
    {
      code: 'org.user.duplicate-id',
      param: 'id',
      value: id,
    },
  );
  repeated(
    place,
    { items: users, name: 'users', key: 'username' },
    {
      code: 'org.user.duplicate-username',
      param: 'username',
      value: (user) => user.username,
    },
  );
  repeated(
    place,
    { items: departments, name: 'departments', key: 'id' },
    {
      code: 'org.department.duplicate-id',
      param: 'id',
      value: id,
    },
  );
  const keyed = [
    { items: roles, name: 'roles', code: 'org.role.duplicate-key' },
    { items: positions, name: 'positions', code: 'org.position.duplicate-key' },
    { items: groups, name: 'groups', code: 'org.group.duplicate-key' },
  ] as const;
  for (const { items, name, code } of keyed) {
    repeated(place, { items, name, key: 'key' }, { code, param: 'key', value: key });
  }
}

function checkUserReferences(place: OrgPlace, user: OrgUser, index: number): void {
  const at = (...rest: Array<string | number>) => ({ path: ['users', index, ...rest] });
  const name = userName(user);
  if (user.departmentId !== null && !place.departments.has(user.departmentId)) {
    const params = { user: name, ref: excerpt(user.departmentId) };
    report(place, 'org.user.unknown-department', params, at('departmentId'));
  }
  if (user.supervisorId !== null && !place.users.has(user.supervisorId)) {
    const params = { user: name, ref: excerpt(user.supervisorId) };
    report(place, 'org.user.unknown-supervisor', params, at('supervisorId'));
  }
  user.roles.forEach((role, position) => {
    if (place.roles.has(role)) return;
    const params = { user: name, ref: excerpt(role) };
    report(place, 'org.user.unknown-role', params, at('roles', position));
  });
  user.positions.forEach((key, position) => {
    if (place.positions.has(key)) return;
    const params = { user: name, ref: excerpt(key) };
    report(place, 'org.user.unknown-position', params, at('positions', position));
  });
}

/** References to users, departments, roles and positions the org does not have (errors). */
export function checkReferences(place: OrgPlace): void {
  const { users, departments, groups } = place.org;
  users.forEach((user, index) => checkUserReferences(place, user, index));
  departments.forEach((department, index) => {
    const name = excerpt(department.name);
    if (department.parentId !== null && !place.departments.has(department.parentId)) {
      const params = { department: name, ref: excerpt(department.parentId) };
      const path = ['departments', index, 'parentId'];
      report(place, 'org.department.unknown-parent', params, { path });
    }
    if (department.headId !== null && !place.users.has(department.headId)) {
      const params = { department: name, ref: excerpt(department.headId) };
      report(place, 'org.department.unknown-head', params, {
        path: ['departments', index, 'headId'],
      });
    }
  });
  groups.forEach((group, index) => {
    group.memberIds.forEach((id, position) => {
      if (place.users.has(id)) return;
      const params = {
        group: excerpt(group.name[place.locale]),
        ref: excerpt(id),
      };
      const path = ['groups', index, 'memberIds', position];
      report(place, 'org.group.unknown-member', params, { path });
    });
  });
}
