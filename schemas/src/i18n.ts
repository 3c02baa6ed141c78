import { z } from 'zod';

/** The two UI languages Baton ships. */
export const Locale = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof Locale>;

/**
 * A user-facing label: either one string used for every language, or one string per language.
 * `resolveText` picks the caller's language and falls back to the other one.
 */
export const I18nText = z.union([
  z.string().min(1),
  z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
]);
export type I18nText = z.infer<typeof I18nText>;

export function resolveText(text: I18nText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}
