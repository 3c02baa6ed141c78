import { errorFactory } from '../errors.ts';
import type { I18nText } from '../i18n.ts';
import { canConnect, connectionRuleMessages } from './connection-rules.ts';
import {
  newEdgeId,
  requireEdge,
  sequentialId,
  takenIds,
  withFlow,
  type FlowCommand,
  type IdFactory,
} from './edit-core.ts';
import type { FlowEdge } from './flow.ts';

const connectionError = errorFactory(connectionRuleMessages);

/** What `updateEdge` may change; `null` removes the property. */
export type EdgePatch = {
  readonly condition?: string | null;
  readonly priority?: number | null;
  readonly isDefault?: boolean | null;
  readonly label?: I18nText | null;
};

/**
 * Changes a branch edge. Making an edge the default takes the default flag from its siblings
 * (edges with the same source), since a branch has one default.
 */
export function updateEdge(options: { edgeId: string; patch: EdgePatch }): FlowCommand {
  return {
    name: 'updateEdge',
    apply(bundle) {
      const target = requireEdge(bundle, options.edgeId);
      const becomesDefault = options.patch.isDefault === true;
      const edges = bundle.flow.edges.map((edge) => {
        if (edge.id === target.id) return patchEdge(edge, options.patch);
        if (becomesDefault && edge.source === target.source && edge.isDefault) {
          const { isDefault: _dropped, ...rest } = edge;
          return rest;
        }

        return edge;
      });

      return withFlow(bundle, { edges });
    },
  };
}

function choose<T>(patched: T | null | undefined, current: T | undefined): T | undefined {
  if (patched === null) return undefined;

  return patched === undefined ? current : patched;
}

function patchEdge(edge: FlowEdge, patch: EdgePatch): FlowEdge {
  const next: FlowEdge = { id: edge.id, source: edge.source, target: edge.target };
  const condition = choose(patch.condition, edge.condition);
  const priority = choose(patch.priority, edge.priority);
  const isDefault = choose(patch.isDefault, edge.isDefault);
  const label = choose(patch.label, edge.label);
  if (condition !== undefined) next.condition = condition;
  if (priority !== undefined) next.priority = priority;
  if (isDefault !== undefined) next.isDefault = isDefault;
  if (label !== undefined) next.label = label;

  return next;
}

/**
 * Adds an edge `source → target`, refused (with the `canConnect` code) when the connection
 * rules forbid it.
 */
export function connect(options: {
  source: string;
  target: string;
  extra?: Omit<FlowEdge, 'id' | 'source' | 'target'>;
  ids?: IdFactory;
}): FlowCommand {
  const ids = options.ids ?? sequentialId;

  return {
    name: 'connect',
    apply(bundle) {
      const check = canConnect(bundle.flow, options);
      if (!check.ok) throw connectionError(check.code, { ...check.params });
      const id = newEdgeId(ids, takenIds(bundle), [options.source, options.target]);
      const edge: FlowEdge = {
        ...options.extra,
        id,
        source: options.source,
        target: options.target,
      };

      return withFlow(bundle, { edges: [...bundle.flow.edges, edge] });
    },
  };
}

export function disconnect(options: { edgeId: string }): FlowCommand {
  return {
    name: 'disconnect',
    apply(bundle) {
      requireEdge(bundle, options.edgeId);
      const edges = bundle.flow.edges.filter((edge) => edge.id !== options.edgeId);

      return withFlow(bundle, { edges });
    },
  };
}
