import i18next from 'i18next';
import { workspace as enWorkspace } from '../../i18n/en/workspace.ts';
import { workspace as zhWorkspace } from '../../i18n/zh-CN/workspace.ts';
import { requestPageEn, requestPageZh } from './request-messages.ts';

/** An i18next instance with the request page's namespaces in both languages, for tests. */
export function requestPageI18n() {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: {
      'zh-CN': { workspace: zhWorkspace, requestPage: requestPageZh },
      en: { workspace: enWorkspace, requestPage: requestPageEn },
    },
    lng: 'zh-CN',
    ns: ['workspace', 'requestPage'],
    defaultNS: 'workspace',
    interpolation: { escapeValue: false },
    initAsync: false,
  });

  return i18n;
}
