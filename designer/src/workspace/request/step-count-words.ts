import type { TFunction } from 'i18next';
import type { Locale } from '@baton/schemas';
import type { StepCount } from './step-counts.ts';

const ORDINAL_SUFFIXES: Readonly<Record<string, string>> = {
  one: 'st',
  two: 'nd',
  few: 'rd',
  other: 'th',
};

/** 1st, 2nd, 3rd, 4th, 11th, 21st, … */
export function englishOrdinal(value: number): string {
  const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(value);

  return `${value}${ORDINAL_SUFFIXES[rule] ?? 'th'}`;
}

/**
 * Where a step with several people stands, in words (namespace `requestPage`): "1 of 2
 * approvals, 1 more needed" (all, percentage), "2nd of 3 in order" (sequential), "any one of 3
 * may approve"; under a rejection share the rejections follow ("1 of 2 rejections that reject
 * the step").
 */
export function describeStepCount(count: StepCount, t: TFunction, locale: Locale): string {
  const ns = { ns: 'requestPage' } as const;
  let main: string;
  if (count.mode === 'any') main = t('progress.any', { ...ns, total: count.total });
  else if (count.mode === 'sequential' && count.turn !== undefined) {
    const turn = locale === 'en' ? englishOrdinal(count.turn) : String(count.turn);
    main = t('progress.sequential', { ...ns, turn, total: count.total });
  } else {
    const left = Math.max(0, count.needed - count.approved);
    main = t('progress.approvals', { ...ns, approved: count.approved, needed: count.needed, left });
  }
  if (count.rejectionLimit === undefined) return main;
  const rejections = t('progress.rejections', {
    ...ns,
    rejected: count.rejected,
    limit: count.rejectionLimit,
  });

  return t('progress.withRejections', { ...ns, approvals: main, rejections });
}
