import { lazy } from 'react';

/** The read-only flow diagram (React Flow), loaded only when a page shows it. */
export const LazyFlowDiagram = lazy(() =>
  import('../canvas/FlowDiagram.tsx').then((module) => ({ default: module.FlowDiagram })),
);
