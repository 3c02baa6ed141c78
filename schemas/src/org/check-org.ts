import { zodIssues, zodParseOptions } from '../checker/parse.ts';
import { excerpt } from '../excerpt.ts';
import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { Org } from './org.ts';
import { cycleText, findCycles } from './org-cycles.ts';
import {
  type OrgPlace,
  checkDuplicates,
  checkReferences,
  orgPlace,
  report,
  userName,
} from './org-references.ts';

function checkSupervisorCycles(place: OrgPlace): void {
  const { users } = place.org;
  const next = users.map((user) =>
    user.supervisorId === null ? undefined : place.users.get(user.supervisorId),
  );
  for (const cycle of findCycles(next)) {
    const [first = 0] = cycle;
    const path = ['users', first, 'supervisorId'];
    if (cycle.length === 1) {
      report(place, 'org.user.own-supervisor', { user: userName(users[first]) }, { path });
      continue;
    }
    const names = cycle.map((index) => userName(users[index]));
    report(place, 'org.supervisor-cycle', { cycle: cycleText(names) }, { path });
  }
}

function checkDepartmentCycles(place: OrgPlace): void {
  const { departments } = place.org;
  const next = departments.map((department) =>
    department.parentId === null ? undefined : place.departments.get(department.parentId),
  );
  for (const cycle of findCycles(next)) {
    const [first = 0] = cycle;
    const names = cycle.map((index) => excerpt(departments[index]?.name ?? ''));
    const path = ['departments', first, 'parentId'];
    report(place, 'org.department-cycle', { cycle: cycleText(names) }, { path });
  }
}

function checkDisabled(place: OrgPlace): void {
  const { users, departments } = place.org;
  const userAt = (id: string | null) => {
    const index = id === null ? undefined : place.users.get(id);

    return index === undefined ? undefined : users[index];
  };
  departments.forEach((department, index) => {
    const head = userAt(department.headId);
    if (!head?.disabled) return;
    const params = { department: excerpt(department.name), user: userName(head) };
    const path = ['departments', index, 'headId'];
    report(place, 'org.department.disabled-head', params, { path, severity: 'warning' });
  });
  users.forEach((user, index) => {
    const supervisor = userAt(user.supervisorId);
    if (user.disabled || !supervisor?.disabled || supervisor === user) return;
    const params = { user: userName(user), supervisor: userName(supervisor) };
    const path = ['users', index, 'supervisorId'];
    report(place, 'org.user.disabled-supervisor', params, { path, severity: 'warning' });
  });
}

/**
 * Checks an organization document and returns every issue at once, in the shape `checkFlow`
 * uses (`code`, `severity`, `path` into the document, `message` in `locale`, `en` by default).
 * A document that does not parse gives only its `schema.invalid` issues. Otherwise, errors:
 * repeated user ids, usernames, department ids and role, position or group keys; references to
 * departments, users, roles and positions that do not exist; a user who is their own
 * supervisor; each supervisor loop (A → B → C → A, named by username, once per loop); each
 * loop of parent departments. Warnings: a disabled department head, an enabled user whose
 * supervisor is disabled. Runs in time linear in the size of the org.
 *
 * @example const savable = !hasErrors(checkOrg(document, { locale: 'zh-CN' }));
 */
export function checkOrg(input: unknown, options: { locale?: Locale } = {}): ValidationIssue[] {
  const locale = options.locale ?? 'en';
  const parsed = Org.safeParse(input, zodParseOptions(locale));
  if (!parsed.success) return zodIssues(parsed.error, input, locale);
  const place = orgPlace(parsed.data, locale);
  checkDuplicates(place);
  checkReferences(place);
  checkSupervisorCycles(place);
  checkDepartmentCycles(place);
  checkDisabled(place);

  return place.issues;
}
