import { useEffect, useMemo } from 'react';
import type { FlowBundle } from '@baton/schemas';
import { draftIssues } from '../canvas/panel/rule-drafts.ts';
import { useRulesT } from '../canvas/panel/rules-i18n.ts';
import { useRuleDrafts } from '../canvas/panel/use-rule-drafts.ts';
import { useFlowsT } from './i18n.ts';

/**
 * The approver rules left unfinished in the property panel: the store the panel keeps them in
 * (provide it with `RuleDraftContext`), and one error per rule for the issues panel, the canvas
 * and the toolbar, so publishing waits for them instead of dropping them silently.
 */
export function useIncompleteRules(bundle: FlowBundle) {
  const t = useFlowsT();
  const rulesT = useRulesT();
  const { store, prune } = useRuleDrafts();
  useEffect(() => prune(bundle), [bundle, prune]);
  const issues = useMemo(
    () =>
      draftIssues(bundle, store.drafts, (entry) =>
        t('issues.incompleteRule', { kind: rulesT(`kinds.${entry.draft.kind ?? 'role'}`) }),
      ),
    [bundle, store.drafts, t, rulesT],
  );

  return { store, issues };
}
