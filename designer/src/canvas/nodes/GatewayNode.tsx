import type { NodeProps } from '@xyflow/react';
import { getNodeKind, resolveText } from '@baton/schemas';
import { useLocale } from '../../i18n/index.ts';
import type { CanvasNode } from '../to-react-flow.ts';
import { IssueBadge } from './IssueBadge.tsx';
import { NodeHandles } from './NodeHandles.tsx';
import { nodeClass } from './node-class.ts';

/** Branches and joins: a diamond (× chooses one lane, + runs all lanes) with the name beside it. */
export function GatewayNode({ data, selected }: NodeProps<CanvasNode>) {
  const locale = useLocale();
  const capabilities = getNodeKind(data.node.type)?.capabilities ?? {};
  const symbol = capabilities.exclusiveBranch ? '×' : '+';

  return (
    <div className={nodeClass('gateway', data, selected)}>
      <NodeHandles type={data.node.type} />
      <div className="baton-node__diamond" aria-hidden="true">
        <span>{symbol}</span>
      </div>
      <div className="baton-node__gateway-label">
        <span className="baton-node__kind">{data.kindLabel}</span>
        <span className="baton-node__name">{resolveText(data.node.name, locale)}</span>
      </div>
      <IssueBadge issues={data.issues} />
    </div>
  );
}
