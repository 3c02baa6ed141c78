import type { FlowNodeData } from '../to-react-flow.ts';

/** The class list shared by every node shape: selection, run path and issue states. */
export function nodeClass(shape: string, data: FlowNodeData, selected: boolean): string {
  const hasError = data.issues.some((issue) => issue.severity === 'error');
  const parts = [
    'baton-node',
    `baton-node--${shape}`,
    selected ? 'is-selected' : '',
    data.pathState ? `is-${data.pathState}` : '',
    hasError ? 'has-error' : '',
  ];

  return parts.filter((part) => part !== '').join(' ');
}
