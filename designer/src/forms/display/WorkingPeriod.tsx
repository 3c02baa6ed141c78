import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormField } from '@baton/schemas';
import { valueText, type Display } from '../field-display.ts';
import { rangeLength } from './range-length.ts';
import { useBusinessCalendar } from './use-business-calendar.ts';

/** A period counted in working days, read-only: "Mar 2, 2026 – Mar 6, 2026 (5 working days)". */
export function WorkingPeriod(props: {
  readonly field: Extract<FormField, { type: 'dateRange' }>;
  readonly value: unknown;
  readonly display: Display;
}) {
  const { field, value, display } = props;
  const { t } = useTranslation('forms');
  const calendar = useBusinessCalendar();
  const length = rangeLength(field, value, calendar);
  const count = length?.count ?? 0;
  const working = useMemo(
    () => ({
      ...display,
      period: (from: string, to: string) => t('dateRange.periodWorking', { from, to, count }),
    }),
    [display, t, count],
  );

  return <span>{valueText(field, value, working)}</span>;
}
