import { useTranslation } from 'react-i18next';
import { registerNamespace } from '../i18n/index.ts';
import { masterDataEn } from './messages-en.ts';
import { masterDataZh } from './messages-zh-CN.ts';

/** The i18next namespace of the master data page. */
export const MASTER_DATA_NS = 'masterData';

registerNamespace(MASTER_DATA_NS, { 'zh-CN': masterDataZh, en: masterDataEn });

/** `t` for the master data page's texts. */
export function useMasterDataT() {
  return useTranslation(MASTER_DATA_NS).t;
}
