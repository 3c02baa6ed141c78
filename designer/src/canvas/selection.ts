import type { FlowBundle, FlowCommand } from '@baton/schemas';

/** What the property panel shows: one node or one edge of the flow. */
export type Selection = { readonly kind: 'node' | 'edge'; readonly id: string };

/** Runs an edit command; returns the new bundle, or `undefined` when it was refused. */
export type RunCommand = (command: FlowCommand) => FlowBundle | undefined;
