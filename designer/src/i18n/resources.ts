import { auth as enAuth } from './en/auth.ts';
import { common as enCommon } from './en/common.ts';
import { forms as enForms } from './en/forms.ts';
import { workspace as enWorkspace } from './en/workspace.ts';
import { auth as zhAuth } from './zh-CN/auth.ts';
import { common as zhCommon } from './zh-CN/common.ts';
import { forms as zhForms } from './zh-CN/forms.ts';
import { workspace as zhWorkspace } from './zh-CN/workspace.ts';

/** The namespaces the app shell ships with; feature areas add theirs with `registerNamespace`. */
export const coreResources = {
  'zh-CN': { common: zhCommon, auth: zhAuth, workspace: zhWorkspace, forms: zhForms },
  en: { common: enCommon, auth: enAuth, workspace: enWorkspace, forms: enForms },
};

export const coreNamespaces = ['common', 'auth', 'workspace', 'forms'] as const;
