import { registerNamespace } from '../../i18n/index.ts';
import { requestPageEn, requestPageZh } from './request-messages.ts';

/** The i18next namespace of the request page's own texts. */
export const REQUEST_PAGE_NS = 'requestPage';

registerNamespace(REQUEST_PAGE_NS, { 'zh-CN': requestPageZh, en: requestPageEn });
