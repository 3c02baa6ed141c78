import { registerNamespace } from '../../i18n/index.ts';
import { inboxPageEn, inboxPageZh } from './messages.ts';

/** The i18next namespace of the inbox's batch approval and the CC inbox. */
export const INBOX_PAGE_NS = 'inboxPage';

registerNamespace(INBOX_PAGE_NS, { 'zh-CN': inboxPageZh, en: inboxPageEn });
