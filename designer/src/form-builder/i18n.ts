import { useTranslation } from 'react-i18next';
import { registerNamespace } from '../i18n/index.ts';
import { formBuilderEn } from './messages-en.ts';
import { formBuilderZh } from './messages-zh-CN.ts';

/** The i18next namespace of the form builder (palette, field settings, preview, rules). */
export const FORM_BUILDER_NS = 'formBuilder';

registerNamespace(FORM_BUILDER_NS, { 'zh-CN': formBuilderZh, en: formBuilderEn });

/** `t` for the form builder's texts. */
export function useFormBuilderT() {
  return useTranslation(FORM_BUILDER_NS).t;
}
