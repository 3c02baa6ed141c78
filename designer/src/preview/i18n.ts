import { useTranslation } from 'react-i18next';
import { registerNamespace } from '../i18n/index.ts';
import { previewEn } from './messages-en.ts';
import { previewZh } from './messages-zh-CN.ts';

/** The i18next namespace of the route preview (submission form, test panel). */
export const PREVIEW_NS = 'preview';

registerNamespace(PREVIEW_NS, { 'zh-CN': previewZh, en: previewEn });

/** `t` for the route preview's texts. */
export function usePreviewT() {
  return useTranslation(PREVIEW_NS).t;
}
