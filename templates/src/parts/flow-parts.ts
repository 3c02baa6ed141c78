import type {
  ApprovalConfig,
  ApproverRule,
  FlowEdge,
  FlowLayout,
  FlowNode,
  I18nText,
} from '@baton/schemas';

/** A node whose kind needs no configuration (start, end, branches, joins). */
export function plainNode(id: string, type: string, name: I18nText): FlowNode {
  return { id, type, name, config: {} };
}

/**
 * An approval step with every config field written out, so the designer's property panel shows
 * what the runtime will do rather than relying on defaults.
 */
export function approvalNode(options: {
  id: string;
  name: I18nText;
  approvers: ApproverRule[];
  mode?: 'all' | 'any';
}): FlowNode {
  const config = {
    approvers: options.approvers,
    mode: options.mode ?? 'any',
    rejectTo: 'initiator',
    rejectWhen: 'first',
    vetoUserIds: [],
    commentRequired: false,
    ifNobody: 'admin',
    initiator: 'skip',
    returnTo: ['initiator', 'previous', 'any'],
    resubmit: 'fromStart',
    batchApprove: true,
  } satisfies ApprovalConfig;

  return { id: options.id, type: 'approval', name: options.name, config };
}

export function ccNode(options: {
  id: string;
  name: I18nText;
  recipients: ApproverRule[];
}): FlowNode {
  return {
    id: options.id,
    type: 'cc',
    name: options.name,
    config: { recipients: options.recipients },
  };
}

/** An edge named `e-<source>-<target>`; branch edges add a condition or `isDefault`. */
export function edge(
  source: string,
  target: string,
  extra: Omit<FlowEdge, 'id' | 'source' | 'target'> = {},
): FlowEdge {
  return { id: `e-${source}-${target}`, source, target, ...extra };
}

/** Edges along a straight chain of node ids. */
export function chain(...ids: string[]): FlowEdge[] {
  return ids.slice(1).map((target, index) => edge(ids[index] ?? '', target));
}

export const ROW_SPACING = 200;
export const LANE_SPACING = 260;
const CENTRE_X = 300;

/**
 * Top-to-bottom positions: one row per entry, rows `ROW_SPACING` apart. A row given as an array
 * holds branch lanes side by side, `LANE_SPACING` apart and centred; `null` keeps a lane empty
 * (a branch that goes straight to the node below).
 */
export function stackLayout(
  rows: ReadonlyArray<string | ReadonlyArray<string | null>>,
): FlowLayout {
  const positions: FlowLayout['positions'] = {};
  rows.forEach((row, rowIndex) => {
    const lanes = typeof row === 'string' ? [row] : row;
    const firstX = CENTRE_X - ((lanes.length - 1) * LANE_SPACING) / 2;
    lanes.forEach((id, lane) => {
      if (id !== null)
        positions[id] = { x: firstX + lane * LANE_SPACING, y: rowIndex * ROW_SPACING };
    });
  });

  return { positions };
}
