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
 * What a look-ahead learns along the route: the distinct people the steps would ask (policy
 * approvals left out) and how many steps wait for a previous approver's pick.
 */
export type RouteTally = { readonly people: Set<string>; openPicks: number };

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
   * core/route-check.ts) and adds the people a step would ask to `route`.
   */
  lookAhead(work: Work, node: FlowNode, route: RouteTally): readonly FlowEdge[];
  taskPolicy?(node: FlowNode): TaskPolicy;
};
