import type { NodeTypes } from '@xyflow/react';
import { GatewayNode } from './GatewayNode.tsx';
import { StepNode } from './StepNode.tsx';
import { TerminalNode } from './TerminalNode.tsx';

/** Node components by shape (see `shapeOf`); defined once so React Flow keeps them stable. */
export const nodeTypes = {
  terminal: TerminalNode,
  gateway: GatewayNode,
  step: StepNode,
} satisfies NodeTypes;
