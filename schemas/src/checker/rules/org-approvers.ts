import { excerpt } from '../../excerpt.ts';
import type { PickRange, SimpleApproverRule } from '../../flow/approver-rule.ts';
import type { Locale } from '../../i18n.ts';
import type { IssuePath } from '../../issue-factory.ts';
import type { IssueCode } from '../../messages.ts';
import type { Org } from '../../org/org.ts';
import type { CheckContext } from '../context.ts';
import { type PlacedRule, nameList } from './placed-rules.ts';

/** The org facts the approver rules are checked against. @internal */
export type Directory = {
  readonly roles: ReadonlySet<string>;
  /** Roles held by at least one enabled user. */
  readonly held: ReadonlySet<string>;
  readonly positions: ReadonlySet<string>;
  /** Positions held by at least one enabled user. */
  readonly heldPositions: ReadonlySet<string>;
  /** Each group with whether it has an enabled member. */
  readonly groups: ReadonlyMap<string, boolean>;
  readonly users: ReadonlyMap<string, { disabled: boolean }>;
};

export function directory(org: Org): Directory {
  const enabled = org.users.filter((user) => !user.disabled);
  const enabledIds = new Set(enabled.map((user) => user.id));

  return {
    roles: new Set(org.roles.map((role) => role.key)),
    held: new Set(enabled.flatMap((user) => user.roles)),
    positions: new Set(org.positions.map((position) => position.key)),
    heldPositions: new Set(enabled.flatMap((user) => user.positions)),
    groups: new Map(
      org.groups.map((group) => [group.key, group.memberIds.some((id) => enabledIds.has(id))]),
    ),
    users: new Map(org.users.map((user) => [user.id, { disabled: user.disabled }])),
  };
}

/** A rule or pick-range entry that names people of the org. */
type Naming = SimpleApproverRule | PickRange[number];

/** The role, position and group keys and user ids `rule` names that the org does not have. */
function unknownNames(rule: Naming, dir: Directory): string[] {
  switch (rule.kind) {
    case 'role':
      return dir.roles.has(rule.role) ? [] : [rule.role];
    case 'position':
      return dir.positions.has(rule.position) ? [] : [rule.position];
    case 'group':
      return dir.groups.has(rule.group) ? [] : [rule.group];
    case 'user':
      return rule.userIds.filter((user) => !dir.users.has(user));
    default:
      return [];
  }
}

/** True when every rule names only people the org does not have. */
function allUnknown(rules: readonly PlacedRule[], dir: Directory): boolean {
  const naming = ['role', 'position', 'group', 'user'];

  return (
    rules.length > 0 &&
    rules.every(({ rule }) => {
      if (!naming.includes(rule.kind)) return false;
      const unknown = unknownNames(rule, dir);

      return rule.kind === 'user' ? unknown.length === rule.userIds.length : unknown.length > 0;
    })
  );
}

type Warn = (code: IssueCode, params: Record<string, string>, path: IssuePath) => void;

function warnUsers(ids: readonly string[], path: IssuePath, dir: Directory, warn: Warn): void {
  ids.forEach((id, index) => {
    const found = dir.users.get(id);
    const user = excerpt(id);
    const at = [...path, index];
    if (!found) warn('approver.unknown-user', { user }, at);
    else if (found.disabled) warn('approver.disabled-user', { user }, at);
  });
}

function warnNaming(rule: Naming, path: IssuePath, dir: Directory, warn: Warn): void {
  if (rule.kind === 'role') {
    const role = excerpt(rule.role);
    if (!dir.roles.has(rule.role)) warn('approver.unknown-role', { role }, [...path, 'role']);
    else if (!dir.held.has(rule.role))
      warn('approver.role-without-users', { role }, [...path, 'role']);
  } else if (rule.kind === 'position') {
    const position = excerpt(rule.position);
    const at = [...path, 'position'];
    if (!dir.positions.has(rule.position)) warn('approver.unknown-position', { position }, at);
    else if (!dir.heldPositions.has(rule.position))
      warn('approver.position-without-users', { position }, at);
  } else if (rule.kind === 'group') {
    const group = excerpt(rule.group);
    const enabled = dir.groups.get(rule.group);
    const at = [...path, 'group'];
    if (enabled === undefined) warn('approver.unknown-group', { group }, at);
    else if (!enabled) warn('approver.group-without-users', { group }, at);
  } else if (rule.kind === 'user') {
    warnUsers(rule.userIds, [...path, 'userIds'], dir, warn);
  }
}

/** True when `entry` names at least one enabled person of the org. */
function namesSomeone(entry: PickRange[number], dir: Directory): boolean {
  switch (entry.kind) {
    case 'role':
      return dir.held.has(entry.role);
    case 'position':
      return dir.heldPositions.has(entry.position);
    case 'group':
      return dir.groups.get(entry.group) === true;
    case 'user':
      return entry.userIds.some((id) => dir.users.get(id)?.disabled === false);
  }
}

/** The names of a range's entries, for a message. */
function rangeNames(range: PickRange, locale: Locale): string {
  const names = range.flatMap((entry) => {
    if (entry.kind === 'user') return entry.userIds;
    if (entry.kind === 'role') return [entry.role];

    return [entry.kind === 'position' ? entry.position : entry.group];
  });

  return nameList(
    names.map((name) => `"${excerpt(name)}"`),
    locale,
  );
}

type Report = { warn: Warn; refuse?: (range: PickRange, path: IssuePath) => void };

/**
 * Each rule's names, and each pick range's entries. A pick range none of whose entries names
 * an enabled person (an empty range means anyone, so it never counts) is refused as a whole
 * with `refuse` when it is given: whoever picks could pick nobody.
 */
function checkRules(rules: readonly PlacedRule[], dir: Directory, report: Report): void {
  const { warn, refuse } = report;
  for (const { rule, path } of rules) {
    warnNaming(rule, path, dir, warn);
    if (rule.kind !== 'initiatorPicks' && rule.kind !== 'approverPicks') continue;
    const { range } = rule;
    if (refuse && range.length > 0 && !range.some((entry) => namesSomeone(entry, dir))) {
      refuse(range, [...path, 'range']);
      continue;
    }
    range.forEach((entry, index) => warnNaming(entry, [...path, 'range', index], dir, warn));
  }
}

function configIds(config: Record<string, unknown>): { veto: string[]; fallback?: string } {
  const veto = Array.isArray(config.vetoUserIds)
    ? config.vetoUserIds.filter((id): id is string => typeof id === 'string')
    : [];
  const fallback = config.fallbackUserId;

  return typeof fallback === 'string' ? { veto, fallback } : { veto };
}

/**
 * Approver and recipient rules, pick ranges, veto members and the fallback person against the
 * org. A task step whose approvers all name people the org does not have (every role,
 * position, group and user missing) can never be approved: an error,
 * `approval.unknown-approver`. Otherwise each unknown or empty role, position or group and
 * each unknown or disabled user is a warning at its key: the org may change before a request
 * gets there. A pick range of approvers that names nobody enabled is an error
 * (`approver.pick-range-empty`): every pick, so every submission or approval that must pick,
 * would be refused.
 */
export function checkAgainstOrg(
  ctx: CheckContext,
  position: number,
  people: {
    approvers: readonly PlacedRule[];
    recipients: readonly PlacedRule[];
    config: Record<string, unknown>;
  },
  dir: Directory,
): void {
  const { approvers, recipients, config } = people;
  const base = ['flow', 'nodes', position, 'config'];
  const warn: Warn = (code, params, path) =>
    ctx.atNode(position, code, params, { path, severity: 'warning' });
  const refuse = (range: PickRange, path: IssuePath) =>
    ctx.atNode(
      position,
      'approver.pick-range-empty',
      { names: rangeNames(range, ctx.locale) },
      { path },
    );
  if (ctx.capabilities(position).needsAssignees && allUnknown(approvers, dir)) {
    const unknown = approvers.flatMap(({ rule }) => unknownNames(rule, dir));
    const names = nameList(
      unknown.map((name) => `"${excerpt(name)}"`),
      ctx.locale,
    );
    ctx.atNode(position, 'approval.unknown-approver', { names }, { path: [...base, 'approvers'] });
  } else {
    checkRules(approvers, dir, { warn, refuse });
  }
  checkRules(recipients, dir, { warn });
  const { veto, fallback } = configIds(config);
  warnUsers(veto, [...base, 'vetoUserIds'], dir, warn);
  if (fallback !== undefined) {
    const found = dir.users.get(fallback);
    const user = excerpt(fallback);
    const at = [...base, 'fallbackUserId'];
    if (!found) warn('approver.unknown-user', { user }, at);
    else if (found.disabled) warn('approver.disabled-user', { user }, at);
  }
}
