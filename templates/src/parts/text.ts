import type { I18nText } from '@baton/schemas';

/** A label in both UI languages: `t('报销金额', 'Amount')`. */
export function t(zh: string, en: string): Exclude<I18nText, string> {
  return { 'zh-CN': zh, en };
}
