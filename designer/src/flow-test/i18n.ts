import { useTranslation } from 'react-i18next';
import { registerNamespace } from '../i18n/index.ts';
import { flowTestEn } from './messages-en.ts';
import { flowTestZh } from './messages-zh-CN.ts';

/** The i18next namespace of the flow editor's Test tab. */
export const FLOW_TEST_NS = 'flowTest';

registerNamespace(FLOW_TEST_NS, { 'zh-CN': flowTestZh, en: flowTestEn });

/** `t` for the Test tab's texts. */
export function useFlowTestT() {
  return useTranslation(FLOW_TEST_NS).t;
}
