import type { NodeProps } from '@xyflow/react';
import { resolveText } from '@baton/schemas';
import { useLocale } from '../../i18n/index.ts';
import type { CanvasNode } from '../to-react-flow.ts';
import { IssueBadge } from './IssueBadge.tsx';
import { NodeHandles } from './NodeHandles.tsx';
import { nodeClass } from './node-class.ts';

/** Start and end: a rounded pill with the node's name. */
export function TerminalNode({ data, selected }: NodeProps<CanvasNode>) {
  const locale = useLocale();

  return (
    <div className={nodeClass('terminal', data, selected)}>
      <NodeHandles type={data.node.type} />
      <span className="baton-node__name">{resolveText(data.node.name, locale)}</span>
      <IssueBadge issues={data.issues} />
    </div>
  );
}
