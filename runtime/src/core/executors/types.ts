import type { FlowEdge, FlowNode } from '@baton/schemas';
import type { TokenState } from '../types.ts';
import type { Arrival, Work } from '../work.ts';

/** How decisions on the tasks of a node must be made. */
export type TaskPolicy = {
  readonly commentRequired: boolean;
  /** Where a rejection sends the request unless the approver picks a target. */
  readonly rejectTo: 'initiator' | 'end';
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
   * lead to can be staffed; it throws the error `arrive` would throw for that reason.
   */
  lookAhead(work: Work, node: FlowNode): readonly FlowEdge[];
  taskPolicy?(node: FlowNode): TaskPolicy;
};
