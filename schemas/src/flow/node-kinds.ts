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
});
export type ApprovalConfig = z.infer<typeof ApprovalConfig>;

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
