import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The tables, as Kysely sees them. Both dialects store JSON documents as `text` (parsed with zod
 * on the way out), timestamps as ISO-8601 UTC `text` (sortable, identical on both), money as
 * decimal `text`, and booleans as 0/1 integers, so one set of migrations gives one behaviour.
 */
export interface BatonDatabase {
  departments: DepartmentTable;
  users: UserTable;
  roles: RoleTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  flows: FlowTable;
  flow_versions: FlowVersionTable;
  instances: InstanceTable;
  tasks: TaskTable;
  events: EventTable;
  jobs: JobTable;
  idempotency_keys: IdempotencyKeyTable;
  org_revision: OrgRevisionTable;
  positions: PositionTable;
  user_positions: UserPositionTable;
  user_groups: UserGroupTable;
  group_members: GroupMemberTable;
  flow_samples: FlowSampleTable;
  delegations: DelegationTable;
  carbon_copies: CarbonCopyTable;
  settings: SettingTable;
  notifications: NotificationTable;
  attachments: AttachmentTable;
  master_data: MasterDataTable;
  audit_log: AuditLogTable;
}

export interface DepartmentTable {
  id: string;
  name: string;
  parent_id: string | null;
  head_id: string | null;
}

export interface UserTable {
  id: string;
  username: string;
  name: string;
  email: string | null;
  title: string | null;
  department_id: string | null;
  supervisor_id: string | null;
  /** 0 or 1. */
  disabled: number;
  /** argon2id PHC string; null for users who cannot sign in. */
  password_hash: string | null;
  created_at: string;
  /** The largest amount (CNY, decimal string) the user may approve alone; null: none set. */
  approval_limit: Generated<string | null>;
}

export interface RoleTable {
  key: string;
  name_zh: string;
  name_en: string;
}

export interface UserRoleTable {
  user_id: string;
  role_key: string;
}

/** Positions (岗位) approver rules can name; same shape as roles. */
export interface PositionTable {
  key: string;
  name_zh: string;
  name_en: string;
}

export interface UserPositionTable {
  user_id: string;
  position_key: string;
}

/** Named sets of people chosen by hand (e.g. a budget committee). */
export interface UserGroupTable {
  key: string;
  name_zh: string;
  name_en: string;
}

export interface GroupMemberTable {
  group_key: string;
  user_id: string;
  /** The member's place in the group's list (0-based): sequential steps follow it. */
  seq: number;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a leaked table does not leak sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface FlowTable {
  key: string;
  /** JSON I18nText. */
  name: string;
  /** JSON FlowBundle. */
  draft: string;
  draft_revision: number;
  /** 0 until the first publish. */
  latest_version: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface FlowVersionTable {
  flow_key: string;
  version: number;
  /** JSON FlowBundle, frozen. */
  bundle: string;
  /** SHA-256 of the canonical JSON of flow + form. */
  hash: string;
  published_at: string;
  published_by: string | null;
  /** Set when this version re-publishes an earlier one (rollback). */
  source_version: number | null;
}

export interface InstanceTable {
  id: string;
  flow_key: string;
  flow_version: number;
  status: string;
  initiator_id: string;
  title: string;
  /** JSON InstanceState. */
  state: string;
  /** Optimistic concurrency: every command bumps it; a stale write changes no row. */
  version: number;
  /** The seq of the instance's last event (0 before the first); written with every command. */
  last_seq: Generated<number>;
  created_at: string;
  updated_at: string;
  ended_at: string | null;
}

export interface TaskTable {
  id: string;
  instance_id: string;
  step_id: string;
  node_id: string;
  assignee_id: string;
  status: string;
  created_at: string;
  decided_at: string | null;
  comment: string | null;
  /** The person the task was meant for when an out-of-office delegation gave it to the assignee. */
  on_behalf_of: string | null;
  /** `TaskOrigin.kind` when the task did not come from the step's rules (transfer, 加签, …). */
  origin_kind: string | null;
}

export interface EventTable {
  instance_id: string;
  seq: number;
  type: string;
  actor_id: string | null;
  /** JSON object. */
  data: string;
  at: string;
}

export interface JobTable {
  id: string;
  kind: string;
  /** JSON object. */
  payload: string;
  run_at: string;
  status: string;
  attempts: number;
  lease_owner: string | null;
  lease_until: string | null;
  /** Bumped on every claim; a worker whose token is stale must not commit effects. */
  fencing_token: number;
  idempotency_key: string | null;
  created_at: string;
}

export interface IdempotencyKeyTable {
  key: string;
  actor_id: string;
  /** JSON of the first result. */
  result: string;
  created_at: string;
}

/**
 * One row (`id` 1), bumped in the transaction of every write to departments, users, roles,
 * user_roles, positions, user_positions, user_groups, group_members, delegations or settings:
 * engines cache the org directory, the delegations and the calendar per revision. No row means
 * revision 0.
 */
export interface OrgRevisionTable {
  id: number;
  revision: number;
}

/** A sample request of a flow, kept for the designer's test panel. */
export interface FlowSampleTable {
  id: string;
  flow_key: string;
  name: string;
  initiator_id: string;
  /** JSON object: the raw form values. */
  values: string;
  /** JSON `Picks` (`{}` when none). */
  picks: string;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

/** Out-of-office delegations (代理); see `Delegation` in schemas. Revoked rows are kept. */
export interface DelegationTable {
  id: string;
  user_id: string;
  delegate_id: string;
  starts_at: string;
  ends_at: string;
  /** JSON array of flow keys; null: every flow. */
  flow_keys: string | null;
  /** Decimal string; null: any amount. */
  amount_cap: string | null;
  reason: string | null;
  created_at: string;
  created_by: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

/** One person copied on a request (抄送), by a CC node (`node_id`) or ad hoc (`by_user_id`). */
export interface CarbonCopyTable {
  id: string;
  instance_id: string;
  user_id: string;
  by_user_id: string | null;
  node_id: string | null;
  comment: string | null;
  created_at: string;
  read_at: string | null;
}

/** Small JSON documents by key (`business-calendar`). */
export interface SettingTable {
  key: string;
  /** JSON document. */
  value: string;
  updated_at: string;
  updated_by: string | null;
}

/** One in-app notification (the bell) for one person, delivered from a `notify` job. */
export interface NotificationTable {
  id: string;
  user_id: string;
  /** The notify effect's kind: `task-assigned`, `reminder`, `urge`, `returned`, `cc`, … */
  kind: string;
  instance_id: string;
  task_id: string | null;
  /** Who caused it (the command's actor); null when Baton acted on its own (a reminder). */
  actor_id: string | null;
  /** The `notify` job that delivered it; unique with `user_id`. */
  job_id: string;
  created_at: string;
  read_at: string | null;
}

/** An uploaded file; bound to a request's field by the command that first submits it there. */
export interface AttachmentTable {
  id: string;
  /** Who uploaded it: only they may put it in a field while it is unbound. */
  owner_id: string;
  /** The request and field it was submitted in; null until then. */
  instance_id: string | null;
  field_key: string | null;
  name: string;
  media_type: string;
  /** Bytes. */
  size: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
  /** `blob` on SQLite, `bytea` on PostgreSQL; both drivers read a Buffer. */
  content: Uint8Array;
  created_at: string;
}

/** One entry of an admin-maintained list (`MasterDataKind`): cost centres, suppliers, projects. */
export interface MasterDataTable {
  kind: string;
  code: string;
  name_zh: string;
  name_en: string;
  /** 0 or 1: deactivated entries are kept (requests keep their codes) but no longer offered. */
  active: Generated<number>;
  updated_at: string;
}

/** One line of the audit log: who did (or tried) what, when, on which request. */
export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string;
  /** A stable action code such as `form.write-refused`. */
  action: string;
  instance_id: string | null;
  /** JSON object: what the action was about (never form values). */
  detail: string;
}

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type InstanceRow = Selectable<InstanceTable>;
export type TaskRow = Selectable<TaskTable>;
export type EventRow = Selectable<EventTable>;
export type FlowRow = Selectable<FlowTable>;
export type FlowVersionRow = Selectable<FlowVersionTable>;
export type FlowSampleRow = Selectable<FlowSampleTable>;
export type DelegationRow = Selectable<DelegationTable>;
export type CarbonCopyRow = Selectable<CarbonCopyTable>;
export type AttachmentRow = Selectable<AttachmentTable>;
export type MasterDataRow = Selectable<MasterDataTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
