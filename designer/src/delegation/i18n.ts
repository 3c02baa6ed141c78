import { useTranslation } from 'react-i18next';
import { registerNamespace } from '../i18n/index.ts';
import { delegationEn } from './messages-en.ts';
import { delegationZh } from './messages-zh-CN.ts';

/** The i18next namespace of the out-of-office page. */
export const DELEGATION_NS = 'delegation';

registerNamespace(DELEGATION_NS, { 'zh-CN': delegationZh, en: delegationEn });

/** `t` for the out-of-office page's texts. */
export function useDelegationT() {
  return useTranslation(DELEGATION_NS).t;
}
