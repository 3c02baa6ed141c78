import type { ApprovalConfig, FlowEdge, FlowNode } from '@baton/schemas';
import type { TokenState } from '../types.ts';
import type { Arrival, Work } from '../work.ts';

/** How decisions on the tasks of a node must be made. */
export type TaskPolicy = {
  readonly commentRequired: boolean;
  /** Where a rejection sends the request unless the approver picks a target. */
  readonly rejectTo: 'initiator' | 'end';
  /** When a rejection rejects the step (see `ApprovalConfig`). */
  readonly rejectWhen: ApprovalConfig['rejectWhen'];
  readonly rejectPercent?: number;
  /** People whose rejection always rejects the step. */
  readonly vetoUserIds: readonly string[];
};

/**
 * The people one approval step on the path needs to approve it (policy approvals left out):
 * each of `everyone` (`all`, `sequential`), or `some.count` of `some.candidateIds` (`any`,
 * `percentage`, or a pick the previous approver has yet to make, from the pick's range).
 */
export type StepNeed = {
  readonly everyone: readonly string[];
  readonly some?: { readonly count: number; readonly candidateIds: readonly string[] };
};

/**
 * What a look-ahead learns along the route, by approval node: what each step needs. The walk
 * sets `afterApprover` before each node (someone decides a step on the way there) and
 * `picker` (the one person who can have decided the step that waited last, when known: they
 * may not pick themselves); an approval sets `waits` when it waits for people rather than
 * completing at once.
 */
export type RouteTally = {
  readonly needs: Map<string, StepNeed>;
  afterApprover: boolean;
  picker: string | undefined;
  waits: boolean;
};

/**
 * What the runtime does when a token reaches a node of one kind. `arrive` parks the token
 * (waiting nodes, joins), ends it, or returns where it moves next; the runner records the
 * trail and loops until every token rests. Kinds that create tasks also give a `taskPolicy`.
 */
export type NodeExecutor = {
  readonly type: string;
  arrive(work: Work, token: TokenState, node: FlowNode): readonly Arrival[];
  /**
   * The edges a token would leave along if the node went well (every approver approving),
   * without changing anything. Used to check, when a round starts, that every step the values
   * lead to can be staffed; it throws what the submission must be refused with (see
   * core/route-check.ts) and records in `route` what a step needs and whether it waits.
   */
  lookAhead(work: Work, node: FlowNode, route: RouteTally): readonly FlowEdge[];
  taskPolicy?(node: FlowNode): TaskPolicy;
};
