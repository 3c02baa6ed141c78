import { useTranslation } from 'react-i18next';
import { registerNamespace } from '../../i18n/index.ts';
import { rulesEn } from './rules-messages-en.ts';
import { rulesZh } from './rules-messages-zh-CN.ts';

/** The i18next namespace of the approver rules editor and the approval settings. */
export const RULES_NS = 'rules';

registerNamespace(RULES_NS, { 'zh-CN': rulesZh, en: rulesEn });

/** `t` for the rules editor's texts. */
export function useRulesT() {
  return useTranslation(RULES_NS).t;
}
