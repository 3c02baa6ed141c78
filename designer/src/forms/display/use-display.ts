import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime, useFormatList, useLocale, useText } from '../../i18n/index.ts';
import type { Display } from '../field-display.ts';
import { useOrgNames } from '../org/use-org-names.ts';

/** Everything `valueText` needs, in the UI language and the viewer's time zone. */
export function useDisplay(): Display {
  const { t } = useTranslation('forms');
  const locale = useLocale();
  const text = useText();
  const org = useOrgNames();
  const dateTime = useFormatDateTime();
  const list = useFormatList();

  return useMemo(
    () => ({
      locale,
      text,
      org,
      dateTime,
      list,
      yes: t('yes'),
      no: t('no'),
      period: (from: string, to: string, count: number) =>
        t('dateRange.period', { from, to, count }),
    }),
    [locale, text, org, dateTime, list, t],
  );
}
