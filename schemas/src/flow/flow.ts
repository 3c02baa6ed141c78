import { z } from 'zod';
import { I18nText } from '../i18n.ts';
import { MAX_COORDINATE, MAX_FLOW_EDGES, MAX_FLOW_NODES } from './limits.ts';

export const FLOW_SCHEMA_VERSION = 1;

const Id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'letters, digits, _ or -, starting with a letter');

/*
 * Every object of a flow document is strict: a key the schema does not know (a typo such as
 * `conditon`) is an issue (`document.unknown-key`) with its path, never silently dropped.
 */

/**
 * A node of a flow. `config` is checked against the kind's own schema by the checker
 * (`checkFlow`), so an unknown kind or a bad config is an issue with a path, not a parse failure.
 */
export const FlowNode = z.strictObject({
  id: Id,
  type: z.string().min(1),
  name: I18nText,
  config: z.record(z.string(), z.unknown()).default({}),
});
export type FlowNode = z.infer<typeof FlowNode>;

export const FlowEdge = z.strictObject({
  id: Id,
  source: Id,
  target: Id,
  /** An expression over form values (see `expression/`); only on edges out of a branch node. */
  condition: z.string().optional(),
  /** Lower numbers are tried first. */
  priority: z.number().int().optional(),
  /** Taken when no condition of the branch matches. */
  isDefault: z.boolean().optional(),
  label: I18nText.optional(),
});
export type FlowEdge = z.infer<typeof FlowEdge>;

/**
 * Rules that hold across the steps of a request (separation of duties). Defaults: nobody
 * approves their own request, duplicates are kept, no amount rule.
 */
export const FlowPolicies = z.strictObject({
  /**
   * When a person already approved earlier in this round: `none` gives them the task again,
   * `consecutive` approves it automatically when the step right before was theirs, `anywhere`
   * when they approved any earlier step. Each automatic approval is recorded with its reason.
   */
  dedupe: z.enum(['none', 'consecutive', 'anywhere']).default('none'),
  /** Allows a step's `initiator: 'act'`; otherwise nobody approves their own request. */
  allowSelfApproval: z.boolean().default(false),
  /**
   * Nobody approves twice in one request (say, once as head of department and again as
   * finance): a person who already approved is left out of later steps, which is explained;
   * this wins over `dedupe`.
   */
  distinctApprovers: z.boolean().default(false),
  /**
   * When the money or number field `field` is at least `atLeast`, the request needs at least
   * `approvers` distinct people approving (automatic approvals do not count): a path that
   * cannot give that many is refused at submission.
   */
  minApprovers: z
    .array(
      z.strictObject({
        field: z.string().min(1),
        atLeast: z.string().regex(/^\d+(\.\d+)?$/, 'a decimal number such as 50000'),
        approvers: z.number().int().min(2).max(50),
      }),
    )
    .default([]),
  /**
   * When the initiator may withdraw a running request: `beforeAnyDecision` (until someone
   * decides a task in the current round), `untilEnd` (while it runs), or `never`. A returned
   * request can always be withdrawn.
   */
  withdraw: z.enum(['beforeAnyDecision', 'untilEnd', 'never']).default('beforeAnyDecision'),
  /** The least time between two urges (催办) of one request, in minutes. */
  urgeIntervalMinutes: z.number().int().min(1).max(1440).default(30),
  /**
   * The money field that out-of-office delegations with an amount cap compare with; default:
   * the form's first top-level money field. Without one, capped delegations do not apply.
   */
  amountField: z.string().min(1).optional(),
});
export type FlowPolicies = z.infer<typeof FlowPolicies>;

/** A flow's key: 2–64 lower-case letters, digits and `-`, starting with a letter. */
export const FlowKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,63}$/, 'lower-case letters, digits and -');

/** The semantic part of a flow: what the runtime executes and what the content hash covers. */
export const FlowDefinition = z.strictObject({
  schemaVersion: z.literal(FLOW_SCHEMA_VERSION),
  key: FlowKey,
  name: I18nText,
  description: z.string().optional(),
  nodes: z.array(FlowNode).max(MAX_FLOW_NODES),
  edges: z.array(FlowEdge).max(MAX_FLOW_EDGES),
  policies: FlowPolicies.optional(),
  /**
   * Field permissions per node: node id → field key → `edit`, `read` or `hidden`. A field not
   * listed has its default (see `fieldAccessAt`): `edit` at the start node for the initiator,
   * `read` everywhere else. The server enforces it on every read and write.
   */
  fieldAccess: z
    .record(z.string().max(64), z.record(z.string().max(64), z.enum(['edit', 'read', 'hidden'])))
    .optional(),
});
export type FlowDefinition = z.infer<typeof FlowDefinition>;

/** A canvas coordinate: finite and within a million of the origin, so the canvas can draw it. */
const Coordinate = z.number().min(-MAX_COORDINATE).max(MAX_COORDINATE);

/** Positions on the canvas, kept apart so that moving a node does not change the flow's hash. */
export const FlowLayout = z.strictObject({
  positions: z.record(z.string(), z.strictObject({ x: Coordinate, y: Coordinate })),
});
export type FlowLayout = z.infer<typeof FlowLayout>;
