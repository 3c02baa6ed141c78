import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { resolveText } from '@baton/schemas';
import { useFlowsT } from '../../flows/i18n.ts';
import { useLocale } from '../../i18n/index.ts';
import { useCanvas } from '../canvas-context.ts';
import { edgeGeometry } from '../edge-hit-test.ts';
import { IssueBadge } from '../nodes/IssueBadge.tsx';
import type { CanvasEdge } from '../to-react-flow.ts';
import { InsertMenu } from './InsertMenu.tsx';

/** Shifts the label box so its anchor sits at its centre, right edge or left edge. */
const ALIGN = {
  center: 'translate(-50%, -50%)',
  before: 'translate(calc(-100% - 6px), -50%)',
  after: 'translate(6px, -50%)',
} as const;

function edgeClass(data: CanvasEdge['data'], selected: boolean | undefined): string {
  const parts = [
    'baton-edge',
    selected ? 'is-selected' : '',
    data?.highlighted ? 'is-drop-target' : '',
    data?.pathState ? `is-${data.pathState}` : '',
    data?.issues.some((issue) => issue.severity === 'error') ? 'has-error' : '',
  ];

  return parts.filter((part) => part !== '').join(' ');
}

/**
 * An edge drawn with right angles, its label (the edge's label, else its condition, and
 * "default" for a default lane), its issues and, when editable, the "+" insert menu.
 */
export function FlowEdgeView(props: EdgeProps<CanvasEdge>) {
  const { id, data, selected, markerEnd } = props;
  const t = useFlowsT();
  const locale = useLocale();
  const { onInsert, onSelectEdge, readOnly } = useCanvas();
  const { sourceX, sourceY, targetX, targetY } = props;
  const geometry = edgeGeometry(
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
    data?.lane ?? false,
  );
  const [path] = getSmoothStepPath({ ...props, borderRadius: 8, centerY: geometry.turnY });
  const { x: labelX, y: labelY } = geometry.label;
  const edge = data?.edge;
  const text = edge?.label ? resolveText(edge.label, locale) : edge?.condition;
  const className = edgeClass(data, selected);

  return (
    <>
      <BaseEdge id={id} path={path} className={className} {...(markerEnd ? { markerEnd } : {})} />
      <EdgeLabelRenderer>
        <div
          className={`baton-edge__label nodrag nopan ${className}`}
          data-edge-id={id}
          onClick={() => onSelectEdge?.(id)}
          style={{ transform: `translate(${labelX}px, ${labelY}px) ${ALIGN[geometry.align]}` }}
        >
          {text !== undefined && text !== '' && <span className="baton-edge__text">{text}</span>}
          {edge?.isDefault && (
            <span className="baton-edge__default">{t('canvas.defaultEdge')}</span>
          )}
          {data && <IssueBadge issues={data.issues} />}
          {!readOnly && onInsert && data && (
            <InsertMenu
              sourceName={data.sourceName}
              targetName={data.targetName}
              onInsert={(type) => onInsert(id, type)}
            />
          )}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const edgeTypes = { flow: FlowEdgeView };
