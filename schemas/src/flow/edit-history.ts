import type { FlowBundle } from './bundle.ts';
import type { FlowCommand } from './edit-core.ts';

/** A bundle on the undo or redo stack and the name of the command that leaves or reaches it. */
export type HistoryStep = { readonly name: string; readonly bundle: FlowBundle };

/**
 * Undo/redo as plain data. `past` holds the bundles before each executed command (newest last),
 * `future` the bundles that undo stepped away from (next redo first). Bundles are immutable and
 * share unchanged parts, so keeping them is cheap and reverting is exact.
 */
export type EditHistory = {
  readonly past: readonly HistoryStep[];
  readonly present: FlowBundle;
  readonly future: readonly HistoryStep[];
  /** How many undo steps are kept; older ones are dropped. */
  readonly limit: number;
};

export function createHistory(bundle: FlowBundle, options: { limit?: number } = {}): EditHistory {
  return { past: [], present: bundle, future: [], limit: options.limit ?? 200 };
}

/**
 * Runs a command on the present bundle and records it. A command that returns the same bundle
 * records nothing. Throws what the command throws, leaving the history as it was.
 */
export function execute(history: EditHistory, command: FlowCommand): EditHistory {
  const next = command.apply(history.present);
  if (next === history.present) return history;
  const past = [...history.past, { name: command.name, bundle: history.present }];

  return {
    ...history,
    past: past.length > history.limit ? past.slice(past.length - history.limit) : past,
    present: next,
    future: [],
  };
}

export function canUndo(history: EditHistory): boolean {
  return history.past.length > 0;
}

export function canRedo(history: EditHistory): boolean {
  return history.future.length > 0;
}

/** Goes back one command; unchanged when there is nothing to undo. */
export function undo(history: EditHistory): EditHistory {
  const step = history.past.at(-1);
  if (!step) return history;

  return {
    ...history,
    past: history.past.slice(0, -1),
    present: step.bundle,
    future: [{ name: step.name, bundle: history.present }, ...history.future],
  };
}

/** Re-applies the last undone command; unchanged when there is nothing to redo. */
export function redo(history: EditHistory): EditHistory {
  const [step, ...future] = history.future;
  if (!step) return history;

  return {
    ...history,
    past: [...history.past, { name: step.name, bundle: history.present }],
    present: step.bundle,
    future,
  };
}
