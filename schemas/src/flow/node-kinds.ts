import { z } from 'zod';
import type { I18nText } from '../i18n.ts';
import { ApproverRule } from './approver-rule.ts';

/**
 * What shared code may ask of a node kind. Code reads these flags instead of comparing `type`
 * with literals, so a new kind only needs a registry entry (and an executor in the runtime).
 */
export type NodeCapabilities = {
  /** The flow starts here; exactly one per flow. */
  readonly isStart?: boolean;
  /** A request that reaches it is finished. */
  readonly isEnd?: boolean;
  /** Chooses one outgoing edge by condition (needs a default edge). */
  readonly exclusiveBranch?: boolean;
  /** Sends a token down every outgoing edge; closed by a node with `joinsParallel`. */
  readonly parallelSplit?: boolean;
  /** Waits for every branch of the matching parallel split. */
  readonly joinsParallel?: boolean;
  /** Creates tasks for people; its config has `approvers`. */
  readonly needsAssignees?: boolean;
  /** Stops the token until something outside the engine happens (a decision, a timer). */
  readonly waits?: boolean;
  /** Notifies people without waiting (cc). */
  readonly notifies?: boolean;
};

export type PortRule = { readonly min: number; readonly max: number };

export type NodeKindSpec = {
  readonly type: string;
  readonly label: I18nText;
  readonly config: z.ZodType<Record<string, unknown>>;
  readonly capabilities: NodeCapabilities;
  readonly inputs: PortRule;
  readonly outputs: PortRule;
};

const many = Number.POSITIVE_INFINITY;

/*
 * Every config schema is strict: a setting the kind does not know (a typo such as
 * `commentRequred`, or `constructor`) is an issue, never silently dropped.
 */
export const ApprovalConfig = z.strictObject({
  approvers: z.array(ApproverRule).default([]),
  /**
   * With several approvers: `all` must approve (会签), `any` one decides (或签), `sequential`
   * one after another in the resolved order (依次审批), or `percentage`: the step is approved
   * once ceil(n × percent / 100) of its n approvers approved (at least one).
   */
  mode: z.enum(['all', 'any', 'sequential', 'percentage']).default('any'),
  /** The share of approvers needed in `percentage` mode, 1–100. */
  percent: z.number().int().min(1).max(100).optional(),
  /** Where a rejected step sends the request: back to the initiator, or the request ends. */
  rejectTo: z.enum(['initiator', 'end']).default('initiator'),
  /**
   * When the step counts as rejected: at the `first` rejection, or (`threshold`, percentage
   * mode) once rejections reach `rejectPercent` of the approvers or approval can no longer be
   * reached. A rejection by one of `vetoUserIds` always rejects at once.
   */
  rejectWhen: z.enum(['first', 'threshold']).default('first'),
  rejectPercent: z.number().int().min(1).max(100).optional(),
  vetoUserIds: z.array(z.string().min(1)).default([]),
  commentRequired: z.boolean().default(false),
  /**
   * When the rules choose nobody: route to the flow admins, to `fallbackUserId`, approve or
   * reject the step automatically (recorded), or refuse the submission up front.
   */
  ifNobody: z.enum(['admin', 'user', 'autoApprove', 'autoReject', 'refuse']).default('admin'),
  fallbackUserId: z.string().min(1).optional(),
  /**
   * When the initiator is among the approvers: `skip` them (the others decide), approve their
   * part automatically, send it to their direct `supervisor`, or let them `act` (only where the
   * flow's policies allow self-approval).
   */
  initiator: z.enum(['skip', 'autoApprove', 'supervisor', 'act']).default('skip'),
  /**
   * Where an approver of this step may send the request back: to the `initiator` (for editing),
   * the `previous` approval step, or `any` earlier approval step the request passed in this
   * round. An empty list allows no return (reject still works).
   */
  returnTo: z
    .array(z.enum(['initiator', 'previous', 'any']))
    .max(3)
    .default(['initiator', 'previous', 'any']),
  /**
   * When the initiator resubmits a request this step returned to them: run the flow again
   * `fromStart`, or jump straight back `toThisStep` (the steps before it are not repeated).
   */
  resubmit: z.enum(['fromStart', 'toThisStep']).default('fromStart'),
  /** Whether approvers may approve tasks of this step from the inbox in a batch. */
  batchApprove: z.boolean().default(true),
  /** Reminders and a timeout for each open task of the step (see `StepDeadline`). */
  deadline: z.lazy(() => StepDeadline).optional(),
});
export type ApprovalConfig = z.infer<typeof ApprovalConfig>;

/** Whole minutes, at most ten years. */
const Minutes = z.number().int().min(1).max(5_256_000);

/**
 * Deadlines of an approval step, counted for each task from the moment it opens. `time`:
 * `calendar` counts every minute, `working` only the business calendar's working hours
 * (weekdays, hours, holidays, time zone; see `BusinessCalendar`).
 *
 * - `remind`: every `everyMinutes`, at most `times` reminders while the task stays open. After
 *   downtime an overdue reminder is sent once and the next is counted from then.
 * - `timeout`: after `afterMinutes` the open task is approved or rejected in the assignee's
 *   name (recorded as automatic), or `escalate`d: handed to the assignee's direct supervisor
 *   (`escalateTo: 'supervisor'`) or to `userId` (`escalateTo: 'user'`).
 */
export const StepDeadline = z.strictObject({
  time: z.enum(['calendar', 'working']).default('calendar'),
  remind: z
    .strictObject({ everyMinutes: Minutes, times: z.number().int().min(1).max(100) })
    .optional(),
  timeout: z
    .strictObject({
      afterMinutes: Minutes,
      action: z.enum(['approve', 'reject', 'escalate']),
      escalateTo: z.enum(['supervisor', 'user']).optional(),
      userId: z.string().min(1).optional(),
    })
    .optional(),
});
export type StepDeadline = z.infer<typeof StepDeadline>;

/**
 * Delay: the request waits here, then moves on. `duration`: `minutes` from arrival (working
 * time where `time` is `working`). `untilField`: until the date or date-time in the form field
 * `field`; a date-only value means `atTime` (HH:mm) that day in the business calendar's time
 * zone. A moment already past moves on at once; an empty field too (recorded).
 */
export const DelayConfig = z.strictObject({
  wait: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('duration'),
      minutes: Minutes,
      time: z.enum(['calendar', 'working']).default('calendar'),
    }),
    z.strictObject({
      kind: z.literal('untilField'),
      field: z.string().min(1),
      atTime: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 09:00')
        .default('09:00'),
    }),
  ]),
});
export type DelayConfig = z.infer<typeof DelayConfig>;

export const CcConfig = z.strictObject({ recipients: z.array(ApproverRule).default([]) });
export type CcConfig = z.infer<typeof CcConfig>;

const Empty = z.strictObject({});

function kind(spec: NodeKindSpec): NodeKindSpec {
  return spec;
}

/** The node kinds this version of Baton understands, keyed by `type`. */
export const nodeKinds: Readonly<Record<string, NodeKindSpec>> = {
  start: kind({
    type: 'start',
    label: { 'zh-CN': '发起', en: 'Start' },
    config: Empty,
    capabilities: { isStart: true },
    inputs: { min: 0, max: 0 },
    outputs: { min: 1, max: 1 },
  }),
  approval: kind({
    type: 'approval',
    label: { 'zh-CN': '审批', en: 'Approval' },
    config: ApprovalConfig,
    capabilities: { needsAssignees: true, waits: true },
    inputs: { min: 1, max: many },
    outputs: { min: 1, max: 1 },
  }),
  cc: kind({
    type: 'cc',
    label: { 'zh-CN': '抄送', en: 'CC' },
    config: CcConfig,
    capabilities: { notifies: true },
    inputs: { min: 1, max: many },
    outputs: { min: 1, max: 1 },
  }),
  delay: kind({
    type: 'delay',
    label: { 'zh-CN': '延时', en: 'Delay' },
    config: DelayConfig,
    capabilities: { waits: true },
    inputs: { min: 1, max: many },
    outputs: { min: 1, max: 1 },
  }),
  exclusive: kind({
    type: 'exclusive',
    label: { 'zh-CN': '条件分支', en: 'Condition branch' },
    config: Empty,
    capabilities: { exclusiveBranch: true },
    inputs: { min: 1, max: many },
    outputs: { min: 2, max: many },
  }),
  parallel: kind({
    type: 'parallel',
    label: { 'zh-CN': '并行分支', en: 'Parallel branch' },
    config: Empty,
    capabilities: { parallelSplit: true },
    inputs: { min: 1, max: many },
    outputs: { min: 2, max: many },
  }),
  join: kind({
    type: 'join',
    label: { 'zh-CN': '并行汇聚', en: 'Parallel join' },
    config: Empty,
    capabilities: { joinsParallel: true },
    inputs: { min: 2, max: many },
    outputs: { min: 1, max: 1 },
  }),
  end: kind({
    type: 'end',
    label: { 'zh-CN': '结束', en: 'End' },
    config: Empty,
    capabilities: { isEnd: true },
    inputs: { min: 1, max: many },
    outputs: { min: 0, max: 0 },
  }),
};

export function getNodeKind(type: string): NodeKindSpec | undefined {
  return Object.hasOwn(nodeKinds, type) ? nodeKinds[type] : undefined;
}
