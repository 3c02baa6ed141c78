import { App } from 'antd';
import { useCallback, useRef, useState } from 'react';
import {
  canRedo,
  canUndo,
  createHistory,
  execute,
  redo,
  undo,
  type EditHistory,
  type FlowBundle,
  type FlowCommand,
} from '@baton/schemas';
import { useLocale } from '../i18n/index.ts';
import { describeEditError } from './i18n.ts';

/**
 * The editor's document: an undo history of bundles. `run` executes a command and returns the
 * new bundle, or shows why it was refused and returns `undefined`. `saved` is the bundle last
 * loaded or saved, so `dirty` survives undoing back to it.
 */
export function useFlowEditor(initial: FlowBundle) {
  const { message } = App.useApp();
  const locale = useLocale();
  const [history, setHistory] = useState<EditHistory>(() => createHistory(initial));
  const [saved, setSaved] = useState(initial);
  // Commands run from event handlers back to back must see each other's result.
  const current = useRef(history);
  const commit = useCallback((next: EditHistory) => {
    current.current = next;
    setHistory(next);
  }, []);

  const run = useCallback(
    (command: FlowCommand): FlowBundle | undefined => {
      try {
        commit(execute(current.current, command));

        return current.current.present;
      } catch (error) {
        void message.error(describeEditError(error, locale));

        return undefined;
      }
    },
    [commit, message, locale],
  );
  const undoLast = useCallback(() => commit(undo(current.current)), [commit]);
  const redoLast = useCallback(() => commit(redo(current.current)), [commit]);
  /** Starts over from a bundle fetched from the server (after discarding local edits). */
  const reset = useCallback(
    (bundle: FlowBundle) => {
      commit(createHistory(bundle));
      setSaved(bundle);
    },
    [commit],
  );

  return {
    bundle: history.present,
    dirty: history.present !== saved,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    run,
    undo: undoLast,
    redo: redoLast,
    reset,
    markSaved: setSaved,
  };
}

export type FlowEditorState = ReturnType<typeof useFlowEditor>;
