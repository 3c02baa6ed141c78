export type {
  BatonDatabase,
  InstanceRow,
  TaskRow,
  EventRow,
  FlowRow,
  FlowVersionRow,
  FlowSampleRow,
  DelegationRow,
  CarbonCopyRow,
  AttachmentRow,
  MasterDataRow,
  AuditLogRow,
} from './schema.ts';
export type {
  DepartmentTable,
  UserTable,
  RoleTable,
  UserRoleTable,
  SessionTable,
  FlowTable,
  FlowVersionTable,
  InstanceTable,
  TaskTable,
  EventTable,
  JobTable,
  IdempotencyKeyTable,
  PositionTable,
  UserPositionTable,
  UserGroupTable,
  GroupMemberTable,
  FlowSampleTable,
  DelegationTable,
  CarbonCopyTable,
  SettingTable,
  NotificationTable,
  AttachmentTable,
  MasterDataTable,
  AuditLogTable,
  UserRow,
  NewUser,
  UserUpdate,
} from './schema.ts';
export {
  openDatabase,
  dialectOf,
  type DatabaseHandle,
  type OpenDatabaseOptions,
  type SqlDialect,
  type StorageHandle,
} from './database.ts';
export { migrateToLatest } from './migrate.ts';
export {
  writeTransaction,
  retryOnConflict,
  isWriteConflict,
  isSqliteBusy,
  StaleWriteError,
  type RetryOptions,
} from './transaction.ts';
export { storageError, storageErrorMessages, type StorageErrorCode } from './errors.ts';
export { createEngine, type Engine, type EngineOptions, type EngineSettings } from './engine.ts';
export type { EngineActions } from './engine-actions.ts';
export type { TimerRunOptions } from './engine-timers.ts';
export {
  StartInput,
  ApproveInput,
  RejectInput,
  ResubmitInput,
  WithdrawInput,
  ReturnInput,
  RecallInput,
  HandInput,
  AddSignerInput,
  RemoveSignerInput,
  CcInput,
  UrgeInput,
  TerminateInput,
  ReassignInput,
  JumpInput,
} from './engine-inputs.ts';
export { type CcItem, type CcListOptions, type CcReadSelection } from './carbon-copies.ts';
export {
  listNotifications,
  notificationUnreadCount,
  markNotificationsRead,
  type NotificationItem,
  type NotificationListOptions,
  type NotificationReadSelection,
} from './notifications.ts';
export { NotificationKind } from './notifications-delivery.ts';
export { type HeldTask } from './task-lists.ts';
export { CreateDelegationInput, type DelegationRecord } from './delegation-store.ts';
export { CALENDAR_KEY } from './settings-store.ts';
export { InstanceView, instanceTitle, instanceViewOf } from './instance-view.ts';
export {
  createReadModels,
  type ReadModels,
  type InstanceDetail,
  type InboxItem,
  type StartedItem,
  type StoredEvent,
} from './read-models.ts';
export {
  flowVersionCache,
  loadPublishedFlow,
  latestFlowVersion,
  type PublishedFlow,
} from './flow-store.ts';
export {
  loadOrg,
  loadOrgDirectory,
  replaceOrg,
  type OrgDocument,
  type PasswordHasher,
} from './org-store.ts';
export {
  createJobQueue,
  runNotificationWorker,
  JobStatus,
  type ClaimedJob,
  type ClaimOptions,
  type JobQueue,
  type NotificationWorkerOptions,
} from './jobs.ts';
export {
  saveAttachment,
  loadAttachment,
  attachmentMeta,
  MAX_ATTACHMENT_BYTES,
  type AttachmentMeta,
  type AttachmentSummary,
  type StoredAttachment,
} from './attachments.ts';
export {
  listMasterData,
  upsertMasterData,
  setMasterDataActive,
  activeMasterCodes,
  MasterDataInput,
  type MasterDataEntry,
  type MasterDataListOptions,
} from './master-data.ts';
export {
  writeAudit,
  listAudit,
  type AuditEntry,
  type AuditInput,
  type AuditListOptions,
} from './audit.ts';
export { formIssueMessages, type FormIssueCode } from './form-issues.ts';
export { newSortableId } from './ids.ts';
export { testDatabases, type TestDatabase, type TestDatabaseFactory } from './test-databases.ts';
export { parseJsonColumn } from './json-column.ts';
export {
  batches,
  queryInBatches,
  rowBatches,
  MAX_BOUND_PARAMETERS,
  MAX_ROWS_PER_STATEMENT,
} from './batches.ts';
