import { createContext, useContext } from 'react';
import type { FormDefinition } from '@baton/schemas';
import { emptyOrg, type OrgInfo } from './approver-summary.ts';

/** What node and edge components need from the canvas around them. */
export type CanvasServices = {
  readonly readOnly: boolean;
  readonly org: OrgInfo;
  /** The flow's form, to name fields in node summaries; absent where it is not at hand. */
  readonly form?: FormDefinition;
  /** Inserts a node kind on an edge (the edge's "+" menu); absent on read-only diagrams. */
  readonly onInsert?: (edgeId: string, type: string) => void;
  /** Selects an edge when its label is clicked; absent on read-only diagrams. */
  readonly onSelectEdge?: (edgeId: string) => void;
};

export const CanvasContext = createContext<CanvasServices>({ readOnly: true, org: emptyOrg });

export function useCanvas(): CanvasServices {
  return useContext(CanvasContext);
}
