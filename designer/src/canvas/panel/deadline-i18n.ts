import { useTranslation } from 'react-i18next';
import { registerNamespace } from '../../i18n/index.ts';
import { deadlinesEn } from './deadline-messages-en.ts';
import { deadlinesZh } from './deadline-messages-zh-CN.ts';

/** The i18next namespace of step deadlines, return and batch settings and the delay node. */
export const DEADLINES_NS = 'deadlines';

registerNamespace(DEADLINES_NS, { 'zh-CN': deadlinesZh, en: deadlinesEn });

/** `t` for the deadline, return and delay texts. */
export function useDeadlinesT() {
  return useTranslation(DEADLINES_NS).t;
}
