import { Handle, Position } from '@xyflow/react';
import { getNodeKind } from '@baton/schemas';
import { useCanvas } from '../canvas-context.ts';

/** A target handle on top and a source handle below, where the kind has those ports. */
export function NodeHandles({ type }: { readonly type: string }) {
  const { readOnly } = useCanvas();
  const kind = getNodeKind(type);
  const inputs = kind?.inputs.max ?? 1;
  const outputs = kind?.outputs.max ?? 1;

  return (
    <>
      {inputs > 0 && <Handle type="target" position={Position.Top} isConnectable={!readOnly} />}
      {outputs > 0 && <Handle type="source" position={Position.Bottom} isConnectable={!readOnly} />}
    </>
  );
}
