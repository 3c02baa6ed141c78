import type { Department, Org, OrgUser } from '../../org/org.ts';

/** Most steps a supervisor rule climbs (its `level` is at most 15). */
const MAX_LEVEL = 15;

/**
 * Facts about an org that approver rules resolve against, each worked out once per check on
 * first use, so a flow of 1,000 steps asking the same question pays once. Chains are walked in
 * bounded time whatever the org (a supervisor or department loop ends the walk). @internal
 */
export class OrgFacts {
  private readonly users: ReadonlyMap<string, OrgUser>;
  private readonly departments: ReadonlyMap<string, Department>;
  private readonly cache = new Map<string, readonly string[]>();

  constructor(private readonly org: Org) {
    this.users = new Map(org.users.map((user) => [user.id, user]));
    this.departments = new Map(org.departments.map((department) => [department.id, department]));
  }

  private remember(key: string, work: () => readonly string[]): readonly string[] {
    const known = this.cache.get(key);
    if (known) return known;
    const result = work();
    this.cache.set(key, result);

    return result;
  }

  /** Enabled users with a supervisor (the top of the company asks no supervisor rule). */
  private reporting(): OrgUser[] {
    return this.org.users.filter((user) => !user.disabled && user.supervisorId !== null);
  }

  private enabledHead(department: Department): boolean {
    const head = department.headId === null ? undefined : this.users.get(department.headId);

    return head !== undefined && !head.disabled;
  }

  private climb(department: Department | undefined, steps: number): Department | undefined {
    let at = department;
    for (let step = 0; step < steps && at; step += 1)
      at = at.parentId === null ? undefined : this.departments.get(at.parentId);

    return at;
  }

  private findsHead(department: Department, up: number, climbIfEmpty: boolean): boolean {
    let at = this.climb(department, up);
    // Parents are visited at most once each, so a loop of departments ends the climb.
    for (let visited = 0; at && visited <= this.departments.size; visited += 1) {
      if (this.enabledHead(at)) return true;
      if (!climbIfEmpty) return false;
      at = this.climb(at, 1);
    }

    return false;
  }

  /**
   * Names of the departments where a department-head rule finds nobody: with `anyDepartment`
   * (the department comes from a form field) every department, else those with an enabled
   * member who could start a request.
   */
  headless(rule: { up: number; climbIfEmpty: boolean; anyDepartment: boolean }): readonly string[] {
    const { up, climbIfEmpty, anyDepartment } = rule;

    return this.remember(`head:${up}:${climbIfEmpty}:${anyDepartment}`, () => {
      const staffed = new Set(
        this.org.users.filter((user) => !user.disabled).map((user) => user.departmentId),
      );

      return this.org.departments
        .filter((department) => anyDepartment || staffed.has(department.id))
        .filter((department) => !this.findsHead(department, up, climbIfEmpty))
        .map((department) => department.name);
    });
  }

  private supervisorCount(user: OrgUser, limit: number): number {
    let count = 0;
    let at: OrgUser | undefined = user;
    while (count < limit && at?.supervisorId) {
      at = this.users.get(at.supervisorId);
      if (!at) break;
      count += 1;
    }

    return count;
  }

  /** Usernames of the people (not the top) with fewer than `level` supervisors above them. */
  shortOfSupervisors(level: number): readonly string[] {
    const limit = Math.min(level, MAX_LEVEL);

    return this.remember(`supervisor:${limit}`, () =>
      this.reporting()
        .filter((user) => this.supervisorCount(user, limit) < limit)
        .map((user) => user.username),
    );
  }

  /** Usernames of the people (not the top) none of whose supervisors holds `role` enabled. */
  withoutRoleAbove(role: string): readonly string[] {
    return this.remember(`role:${role}`, () => {
      const above = new Map<string, boolean>();

      return this.reporting()
        .filter((user) => !this.roleAbove(user, role, above))
        .map((user) => user.username);
    });
  }

  /** Whether a supervisor above `user` holds `role`; `memo` keeps answers across users. */
  private roleAbove(user: OrgUser, role: string, memo: Map<string, boolean>): boolean {
    const known = memo.get(user.id);
    if (known !== undefined) return known;
    // Everyone walked shares the answer: the holder (or the lack of one) sits above them all.
    const walked: OrgUser[] = [user];
    const seen = new Set<string>([user.id]);
    let found = false;
    for (let at = user; at.supervisorId !== null;) {
      const next = this.users.get(at.supervisorId);
      if (!next || seen.has(next.id)) break;
      const holds = !next.disabled && next.roles.includes(role);
      const above = memo.get(next.id);
      if (holds || above !== undefined) {
        found = holds || above === true;
        break;
      }
      walked.push(next);
      seen.add(next.id);
      at = next;
    }
    for (const step of walked) memo.set(step.id, found);

    return found;
  }
}
