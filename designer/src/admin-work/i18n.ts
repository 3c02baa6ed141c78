import { useTranslation } from 'react-i18next';
import { registerNamespace } from '../i18n/index.ts';
import { adminWorkEn } from './messages-en.ts';
import { adminWorkZh } from './messages-zh-CN.ts';

/** The i18next namespace of the admin's handover and business calendar pages. */
export const ADMIN_WORK_NS = 'adminWork';

registerNamespace(ADMIN_WORK_NS, { 'zh-CN': adminWorkZh, en: adminWorkEn });

/** `t` for the handover and business calendar pages. */
export function useAdminWorkT() {
  return useTranslation(ADMIN_WORK_NS).t;
}
