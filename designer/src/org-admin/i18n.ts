import { useTranslation } from 'react-i18next';
import { registerNamespace } from '../i18n/index.ts';
import { orgAdminEn } from './messages-en.ts';
import { orgAdminZh } from './messages-zh-CN.ts';

/** The i18next namespace of the organization admin page. */
export const ORG_ADMIN_NS = 'orgAdmin';

registerNamespace(ORG_ADMIN_NS, { 'zh-CN': orgAdminZh, en: orgAdminEn });

/** `t` for the organization admin page's texts. */
export function useOrgAdminT() {
  return useTranslation(ORG_ADMIN_NS).t;
}
