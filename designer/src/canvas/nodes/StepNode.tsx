import type { NodeProps } from '@xyflow/react';
import { resolveText } from '@baton/schemas';
import { useFlowsT } from '../../flows/i18n.ts';
import { useLocale } from '../../i18n/index.ts';
import { summarizePeople } from '../approver-summary.ts';
import { useCanvas } from '../canvas-context.ts';
import type { CanvasNode } from '../to-react-flow.ts';
import { IssueBadge } from './IssueBadge.tsx';
import { NodeHandles } from './NodeHandles.tsx';
import { nodeClass } from './node-class.ts';

/** A card for steps that act or notify (approval, cc): kind, name and who acts. */
export function StepNode({ data, selected }: NodeProps<CanvasNode>) {
  const t = useFlowsT();
  const locale = useLocale();
  const { org, form } = useCanvas();
  const summary = summarizePeople(data.node, { t, org, locale, form });

  return (
    <div className={nodeClass('step', data, selected)}>
      <NodeHandles type={data.node.type} />
      <div className="baton-node__kind">{data.kindLabel}</div>
      <div className="baton-node__name">{resolveText(data.node.name, locale)}</div>
      {summary !== undefined && <div className="baton-node__summary">{summary}</div>}
      <IssueBadge issues={data.issues} />
    </div>
  );
}
