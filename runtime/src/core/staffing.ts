import { ApprovalConfig, type FlowNode } from '@baton/schemas';
import {
  explain,
  resolveStepAssignees,
  type Explanation,
  type ExplanationParam,
  type PickNeed,
  type ResolveContext,
} from '../approvers/index.ts';
import { runtimeError } from '../messages.ts';
import { nodeConfig } from './graph.ts';
import { cachedResolution } from './look-ahead-cache.ts';
import { note, type CoreNote } from './notes.ts';
import { assertPicksValid, pickRequired } from './picks.ts';
import { picksAtEntry, picksAhead, withSource } from './pick-source.ts';
import { policiesOf } from './policies.ts';
import {
  dedupeSource,
  excludedFor,
  initiatorApprovable,
  NOBODY,
  seatsOf,
  skippedOf,
  type Seat,
  type Skipped,
} from './seats.ts';
import { reasonParams, stepParams } from './step-names.ts';
import type { Work } from './work.ts';

/** The resolver's answer for a whole step (see approvers/assignees.ts). */
export type Resolved = ReturnType<typeof resolveStepAssignees>;

/**
 * Who a step gets and what it does on entry: open `tasks` for its seats, or approve or reject
 * itself because nobody resolved (`ifNobody`). `notes` are facts the core adds to the
 * resolver's (a refuse setting met after submission, a relaxed distinct rule).
 */
export type Staffing = {
  readonly resolved: Resolved;
  readonly seats: readonly Seat[];
  readonly outcome: 'tasks' | 'autoApprove' | 'autoReject';
  readonly notes: readonly CoreNote[];
  /** Who the rules found but a policy left out (the initiator, `distinctApprovers`). */
  readonly skipped: readonly Skipped[];
  readonly picked?: readonly string[];
};

export type { Seat, Skipped } from './seats.ts';

type IfNobody = ApprovalConfig['ifNobody'];

function baseContext(work: Work, node: FlowNode): ResolveContext {
  const config = nodeConfig(node, ApprovalConfig);
  const { allowSelfApproval } = policiesOf(work.bundle.flow);
  const act = config.initiator === 'act' && allowSelfApproval;
  const initiator = config.initiator === 'supervisor' ? 'supervisor' : act ? 'act' : 'skip';

  return {
    initiatorId: work.state.initiatorId,
    org: work.ctx.org,
    values: work.state.values,
    form: work.bundle.form,
    initiator,
  };
}

/** What a step is resolved with: its context, its config and what to do when nobody is found. */
type Setup = {
  readonly node: FlowNode;
  readonly ctx: ResolveContext;
  readonly config: ApprovalConfig;
  readonly ifNobody: IfNobody;
};

function resolveUncached(setup: Setup, ifNobody: IfNobody, allowSelfApproval: boolean): Resolved {
  const { ctx, config } = setup;
  const fallback =
    config.fallbackUserId === undefined ? {} : { fallbackUserId: config.fallbackUserId };

  return resolveStepAssignees(config.approvers, ctx, {
    ifNobody,
    ...fallback,
    allowInitiatorAdmin: allowSelfApproval,
  });
}

/** Resolves the step; without exclusions, rules that read only the org are answered once. */
function resolveWith(work: Work, setup: Setup, ifNobody: IfNobody): Resolved {
  const { allowSelfApproval } = policiesOf(work.bundle.flow);
  const { ctx, node } = setup;
  if (ctx.excluded !== undefined) return resolveUncached(setup, ifNobody, allowSelfApproval);
  const { org, initiatorId } = ctx;

  return cachedResolution({ org, node, initiatorId, ifNobody, allowSelfApproval }, () =>
    resolveUncached(setup, ifNobody, allowSelfApproval),
  );
}

/**
 * Resolves with `initiator: 'autoApprove'` in mind: when the initiator is the only one found
 * (and not through values they gave themselves), their auto-approved part staffs the step and
 * the nobody-rule does not apply.
 */
function resolveStep(work: Work, setup: Setup): Resolved {
  if (setup.config.initiator !== 'autoApprove') return resolveWith(work, setup, setup.ifNobody);
  const first = resolveWith(work, setup, 'autoApprove');
  const alone = first.assignees.length === 0 && initiatorApprovable(first);

  return alone || first.assignees.length > 0 ? first : resolveWith(work, setup, setup.ifNobody);
}

function isList(param: ExplanationParam): param is readonly Explanation[] {
  return Array.isArray(param);
}

/** The rules' own reason inside the resolver's "nobody resolved (…); …" wrapper. */
function whyNobody(reason: Explanation): Explanation {
  const inner = reason.params['reason'];
  if (inner === undefined || typeof inner !== 'object' || isList(inner)) return reason;

  return inner;
}

function noApprover(node: FlowNode, resolved: Resolved) {
  return runtimeError('approval.no-approver', {
    ...stepParams(node),
    reason: resolved.reason,
    reasonZh: explain(resolved.reasonDetail, 'zh-CN'),
    reasonEn: resolved.reason,
  });
}

function outcomeOf(node: FlowNode, setup: Setup, staffing: Omit<Staffing, 'outcome'>) {
  const { resolved, seats } = staffing;
  if (seats.length > 0 || resolved.needsPick) return 'tasks';
  switch (setup.ifNobody) {
    case 'autoApprove':
      return 'autoApprove';
    case 'autoReject':
      return 'autoReject';
    case 'refuse':
      throw runtimeError('approval.refused-nobody', {
        ...stepParams(node),
        ...reasonParams([whyNobody(resolved.reasonDetail)]),
      });
    default:
      throw noApprover(node, resolved);
  }
}

function pickMissing(work: Work, node: FlowNode, need: PickNeed) {
  if (work.trace) work.trace.pickNeeded = { nodeId: node.id, need };

  return pickRequired(node, need.by);
}

function finish(node: FlowNode, setup: Setup, staffing: Omit<Staffing, 'outcome'>): Staffing {
  const outcome = outcomeOf(node, setup, staffing);
  const { resolved, seats, notes, skipped, picked } = staffing;

  return picked
    ? { resolved, seats, outcome, notes, skipped, picked }
    : { resolved, seats, outcome, notes, skipped };
}

/** Notes on the staffing that only the core knows about. */
function notesOn(config: ApprovalConfig, resolved: Resolved, refuse: boolean): CoreNote[] {
  const notes: CoreNote[] = [];
  if (refuse && resolved.fallback) notes.push(note('note.refuse-after-submission'));
  if (config.initiator === 'autoApprove' && resolved.initiatorNamedBySelf)
    notes.push(note('note.initiator-self-named'));

  return notes;
}

/**
 * Staffs an approval step being entered, against the org as it is now: picks given with this
 * command are checked and used, people who approved earlier in the round are left out
 * (`distinctApprovers`) or approved in their name (dedupe), and the initiator is handled as the
 * node says. Throws `approval.pick-required` when a pick is missing, `approval.pick-invalid`,
 * or `approval.no-approver` when not even a flow admin can take the step. A step set to
 * `refuse` that finds nobody now (the org changed since submission) goes to the flow admins.
 * A step the previous approver picks, entered by a submission, finds nobody (see pick-source).
 */
export function staffForEntry(work: Work, node: FlowNode): Staffing {
  const config = nodeConfig(node, ApprovalConfig);
  const base = baseContext(work, node);
  const source = picksAtEntry(work, node);
  const excluded = excludedFor(work);
  const ctx = withSource(excluded.size > 0 ? { ...base, excluded } : base, source);
  const { picked } = source;
  if (picked && source.fresh) assertPicksValid(node, config.approvers, picked, ctx);
  const refuse = config.ifNobody === 'refuse';
  const setup: Setup = { node, ctx, config, ifNobody: refuse ? 'admin' : config.ifNobody };
  let resolved = resolveStep(work, setup);
  if (resolved.needsPick) throw pickMissing(work, node, resolved.needsPick);
  const relaxed: CoreNote[] = [];
  const prior = dedupeSource(work);
  const routed = setup.ifNobody === 'admin' || setup.ifNobody === 'user';
  if (routed && excluded.size > 0 && seatsOf(work, config, resolved, prior).length === 0) {
    resolved = resolveStep(work, { ...setup, ctx: withSource(base, source) });
    relaxed.push(note('note.distinct-relaxed'));
  }
  const notes = [...relaxed, ...notesOn(config, resolved, refuse)];
  const seats = seatsOf(work, config, resolved, prior);
  const skipped = skippedOf(work, config, resolved, excluded);

  return finish(node, setup, { resolved, seats, notes, skipped, ...(picked ? { picked } : {}) });
}

/**
 * Staffs a step on the path at submission, as if it were entered now, without changing
 * anything: throws what the submission must be refused with (a missing or invalid initiator
 * pick, `approval.refused-nobody`, `approval.no-approver`). A step whose approvers the previous
 * approver will pick (`afterApprover`: someone decides on the way there) is fine here; its
 * seats are empty. Without an approver on the way, nobody can pick it and it finds nobody.
 */
export function staffForLookAhead(work: Work, node: FlowNode, afterApprover: boolean): Staffing {
  const config = nodeConfig(node, ApprovalConfig);
  const source = picksAhead(work, node, afterApprover);
  const ctx = withSource(baseContext(work, node), source);
  const { picked } = source;
  if (picked) assertPicksValid(node, config.approvers, picked, ctx);
  const setup: Setup = { node, ctx, config, ifNobody: config.ifNobody };
  const resolved = resolveStep(work, setup);
  if (resolved.needsPick?.by === 'initiator') throw pickMissing(work, node, resolved.needsPick);
  const seats = seatsOf(work, config, resolved, NOBODY);
  const skipped = skippedOf(work, config, resolved, NOBODY);

  return finish(node, setup, {
    resolved,
    seats,
    notes: [],
    skipped,
    ...(picked ? { picked } : {}),
  });
}
