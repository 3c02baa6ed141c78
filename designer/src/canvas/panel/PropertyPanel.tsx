import { Button, Typography } from 'antd';
import { disconnect, getNodeKind, removeNode, resolveText, type FlowBundle } from '@baton/schemas';
import { useFlowsT } from '../../flows/i18n.ts';
import { useLocale } from '../../i18n/index.ts';
import type { OrgInfo } from '../approver-summary.ts';
import type { RunCommand, Selection } from '../selection.ts';
import { EdgeProperties } from './EdgeProperties.tsx';
import { FlowSettings } from './FlowSettings.tsx';
import { NodeProperties } from './NodeProperties.tsx';

export type PropertyPanelProps = {
  readonly bundle: FlowBundle;
  readonly selection: Selection | null;
  readonly onSelect: (selection: Selection | null) => void;
  readonly run: RunCommand;
  readonly org: OrgInfo;
};

/**
 * The right-hand panel: properties of the selected node or edge. Marked `nokey` so that React
 * Flow's key handlers (space to pan, Backspace to delete) leave typing alone.
 */
export function PropertyPanel(props: PropertyPanelProps) {
  const { bundle, selection, onSelect, run, org } = props;
  const t = useFlowsT();
  const locale = useLocale();
  const node =
    selection?.kind === 'node'
      ? bundle.flow.nodes.find((candidate) => candidate.id === selection.id)
      : undefined;
  const edge =
    selection?.kind === 'edge'
      ? bundle.flow.edges.find((candidate) => candidate.id === selection.id)
      : undefined;
  const name = (id: string) => {
    const found = bundle.flow.nodes.find((candidate) => candidate.id === id);

    return found ? resolveText(found.name, locale) : id;
  };
  const remove = () => {
    const command = node
      ? removeNode({ nodeId: node.id })
      : edge && disconnect({ edgeId: edge.id });
    if (command && run(command)) onSelect(null);
  };
  const removable = edge !== undefined || (node && !getNodeKind(node.type)?.capabilities.isStart);

  return (
    <section className="baton-panel nokey" aria-labelledby="baton-panel-title">
      <Typography.Title level={5} id="baton-panel-title">
        {node
          ? name(node.id)
          : edge
            ? t('canvas.edgeLabel', { source: name(edge.source), target: name(edge.target) })
            : t('flowSettings.title')}
      </Typography.Title>
      {!node && !edge && <FlowSettings bundle={bundle} run={run} />}
      {node && <NodeProperties key={node.id} bundle={bundle} node={node} org={org} run={run} />}
      {edge && <EdgeProperties key={edge.id} bundle={bundle} edge={edge} run={run} />}
      {removable && (
        <Button danger onClick={remove}>
          {t(node ? 'canvas.deleteNode' : 'canvas.deleteEdge')}
        </Button>
      )}
    </section>
  );
}
