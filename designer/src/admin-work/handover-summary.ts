import type { TFunction } from 'i18next';
import { countDone } from './handover-choice.ts';

type Item = { readonly ok: boolean };

/** How an applied handover went, for its toast: a level and the words, in the UI language. */
export type HandoverSummary = {
  readonly level: 'success' | 'warning' | 'error';
  readonly text: string;
};

/**
 * The toast after `admin.handoverApply`: success with the counts when everything went over; a
 * warning when some items were refused ("2 of 4 tasks handed over; 2 refused"); an error when
 * none went over. Only the kinds of item the admin ticked are counted in the text.
 */
export function handoverSummary(
  result: { readonly tasks: readonly Item[]; readonly flows: readonly Item[] },
  t: TFunction,
): HandoverSummary {
  const tasks = { done: countDone(result.tasks), total: result.tasks.length };
  const flows = { done: countDone(result.flows), total: result.flows.length };
  const failed = tasks.total - tasks.done + (flows.total - flows.done);
  if (failed === 0)
    return {
      level: 'success',
      text: t('handover.applied', { tasks: tasks.done, flows: flows.done }),
    };
  const parts = [
    ...(tasks.total > 0 ? [t('handover.summary.tasks', tasks)] : []),
    ...(flows.total > 0 ? [t('handover.summary.flows', flows)] : []),
  ].join(t('handover.summary.separator'));
  const none = tasks.done + flows.done === 0;
  const key = none ? 'handover.summary.none' : 'handover.summary.partly';

  return { level: none ? 'error' : 'warning', text: t(key, { parts, failed }) };
}
