import type { I18nText, Locale } from '@baton/schemas';

// The shell (sign-in, layout) imports only types from @baton/schemas: its runtime (zod,
// decimal.js, the expression language) then loads with the pages that validate forms.

/** True for the languages Baton ships (`Locale` of @baton/schemas). */
export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/** `resolveText` of @baton/schemas: a label in `locale`, or the one string every language uses. */
export function textIn(text: I18nText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}
