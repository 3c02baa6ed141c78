import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { FlowBundle } from '@baton/schemas';
import { liveDrafts, type RuleDraft, type RuleDrafts } from './rule-drafts.ts';

/** The editor's unfinished rules and how to keep or drop one (`undefined` drops it). */
export type RuleDraftStore = {
  readonly drafts: RuleDrafts;
  readonly set: (key: string, draft: RuleDraft | undefined) => void;
};

/** Provided by the flow editor, so unfinished rules outlive the panel and reach the toolbar. */
export const RuleDraftContext = createContext<RuleDraftStore | null>(null);

function useDraftState() {
  const [drafts, setDrafts] = useState<RuleDrafts>({});
  const set = useCallback((key: string, draft: RuleDraft | undefined) => {
    setDrafts((current) => {
      if (draft === undefined && !(key in current)) return current;
      const { [key]: _dropped, ...rest } = current;

      return draft === undefined ? rest : { ...rest, [key]: draft };
    });
  }, []);

  return { drafts, setDrafts, set };
}

/**
 * The flow editor's store of unfinished rules. `prune` drops those that no longer stand (their
 * node was deleted, or an undo or a JSON edit changed the rule they were replacing).
 */
export function useRuleDrafts() {
  const { drafts, setDrafts, set } = useDraftState();
  const prune = useCallback(
    (bundle: FlowBundle) =>
      setDrafts((current) => {
        const live = liveDrafts(bundle, current);
        if (live.length === Object.keys(current).length) return current;

        return Object.fromEntries(
          Object.entries(current).filter(([, entry]) => live.includes(entry)),
        );
      }),
    [setDrafts],
  );
  const store = useMemo<RuleDraftStore>(() => ({ drafts, set }), [drafts, set]);

  return { store, prune };
}

/** The editor's store, or one of the panel's own where no editor provides it. */
export function useRuleDraftStore(): RuleDraftStore {
  const provided = useContext(RuleDraftContext);
  const { drafts, set } = useDraftState();
  const local = useMemo<RuleDraftStore>(() => ({ drafts, set }), [drafts, set]);

  return provided ?? local;
}
