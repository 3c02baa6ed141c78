import type { FlowNode } from '@baton/schemas';
import { runtimeError } from '../../messages.ts';
import { kindOf } from '../graph.ts';
import { approvalExecutor } from './approval.ts';
import { ccExecutor } from './cc.ts';
import { delayExecutor } from './delay.ts';
import { endExecutor } from './end.ts';
import { exclusiveExecutor } from './exclusive.ts';
import { joinExecutor } from './join.ts';
import { parallelExecutor } from './parallel.ts';
import { startExecutor } from './start.ts';
import type { NodeExecutor } from './types.ts';

export type { NodeExecutor, RouteTally, StepNeed, TaskPolicy } from './types.ts';

const registry: ReadonlyMap<string, NodeExecutor> = new Map(
  [
    startExecutor,
    approvalExecutor,
    ccExecutor,
    delayExecutor,
    exclusiveExecutor,
    parallelExecutor,
    joinExecutor,
    endExecutor,
  ].map((executor) => [executor.type, executor]),
);

/**
 * The executor of a node's kind. The kind must be known to the schemas registry (whose
 * capabilities the rest of the core reads) and have an executor here; otherwise it is a
 * `flow.unknown-node-kind` error, never skipped.
 */
export function executorFor(node: FlowNode): NodeExecutor {
  kindOf(node);
  const executor = registry.get(node.type);
  if (!executor) throw runtimeError('flow.unknown-node-kind', { nodeId: node.id, type: node.type });

  return executor;
}

/** The kinds this runtime can execute, for tests and diagnostics. */
export function executableKinds(): readonly string[] {
  return [...registry.keys()];
}
