import type { NodeProps } from '@xyflow/react';
import { resolveText } from '@baton/schemas';
import { useFlowsT } from '../../flows/i18n.ts';
import { useLocale } from '../../i18n/index.ts';
import { summarizePeople } from '../approver-summary.ts';
import { useCanvas } from '../canvas-context.ts';
import { extrasOf } from '../kind-extras.ts';
import { useDeadlinesT } from '../panel/deadline-i18n.ts';
import { useWorkdayMinutes } from '../panel/use-workday-minutes.ts';
import type { CanvasNode } from '../to-react-flow.ts';
import { IssueBadge } from './IssueBadge.tsx';
import { NodeHandles } from './NodeHandles.tsx';
import { nodeClass } from './node-class.ts';

/**
 * A card for steps that act, notify or wait (approval, cc, delay): kind, name, and who acts or
 * what the step waits for.
 */
export function StepNode({ data, selected }: NodeProps<CanvasNode>) {
  const t = useFlowsT();
  const deadlinesT = useDeadlinesT();
  const locale = useLocale();
  const { org, form } = useCanvas();
  const workdayMinutes = useWorkdayMinutes();
  const fieldName = (key: string) => {
    const field = form?.fields.find((candidate) => candidate.key === key);

    return field ? resolveText(field.label, locale) : key;
  };
  const summary =
    extrasOf(data.node.type)?.summary?.(data.node, {
      t: deadlinesT,
      fieldName,
      ...(workdayMinutes !== undefined && { workdayMinutes }),
    }) ?? summarizePeople(data.node, { t, org, locale, form });

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
