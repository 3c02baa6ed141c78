import type { NodeExecutor } from './types.ts';
import { firstEdge, passOn } from './pass-through.ts';

/** The start node: the form was validated by the engine, the token simply moves on. */
export const startExecutor: NodeExecutor = {
  type: 'start',
  arrive: passOn,
  lookAhead: firstEdge,
};
