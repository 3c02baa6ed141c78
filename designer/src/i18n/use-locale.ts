import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { I18nText, Locale } from '@baton/schemas';
import { isLocale, textIn } from './locale.ts';

/** The UI language, re-rendering the caller when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();

  return isLocale(i18n.language) ? i18n.language : 'zh-CN';
}

/** Resolves a document label (`I18nText`) in the UI language. */
export function useText(): (text: I18nText | undefined) => string {
  const locale = useLocale();

  return useCallback((text) => (text === undefined ? '' : textIn(text, locale)), [locale]);
}

/** Formats an ISO timestamp as a date and time in the UI language and the user's time zone. */
export function useFormatDateTime(): (iso: string | null | undefined) => string {
  const locale = useLocale();
  const format = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    [locale],
  );

  return useCallback(
    (iso) => {
      if (!iso) return '—';
      const date = new Date(iso);

      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    },
    [format],
  );
}

/** Joins names the way the UI language does: "王芳、李娜" / "Wang Fang and Li Na". */
export function useFormatList(): (items: readonly string[]) => string {
  const locale = useLocale();
  const format = useMemo(
    () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
    [locale],
  );

  return useCallback((items) => format.format(items), [format]);
}
