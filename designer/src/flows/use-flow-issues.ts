import { useEffect, useState } from 'react';
import { checkFlow, type FlowBundle, type Org, type ValidationIssue } from '@baton/schemas';
import { useLocale } from '../i18n/index.ts';

/** How long the checker waits after the last edit before running again. */
const CHECK_DELAY_MS = 120;

/**
 * The checker's issues for the bundle being edited, re-run shortly after each change: the same
 * `checkFlow` the server runs at save and publish, so the designer shows what publish will say.
 */
export function useFlowIssues(bundle: FlowBundle, org: Org | undefined): ValidationIssue[] {
  const locale = useLocale();
  const [issues, setIssues] = useState(() => checkFlow(bundle, org ? { org, locale } : { locale }));
  useEffect(() => {
    const timer = window.setTimeout(
      () => setIssues(checkFlow(bundle, org ? { org, locale } : { locale })),
      CHECK_DELAY_MS,
    );

    return () => window.clearTimeout(timer);
  }, [bundle, org, locale]);

  return issues;
}
