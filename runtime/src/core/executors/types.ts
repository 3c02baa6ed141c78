import type { FlowNode } from '@baton/schemas';
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
  taskPolicy?(node: FlowNode): TaskPolicy;
};
