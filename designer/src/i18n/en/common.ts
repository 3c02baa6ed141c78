import type { Messages } from '../messages.ts';
import type { common as reference } from '../zh-CN/common.ts';

export const common: Messages<typeof reference> = {
  appName: 'Baton',
  appTagline: 'Approval flows across departments',
  nav: {
    main: 'Main navigation',
    workspace: 'Workspace',
    start: 'Start a request',
    mine: 'My requests',
    inbox: 'Inbox',
    flows: 'Flows',
    org: 'Organization',
  },
  header: {
    userMenu: 'User menu',
    signOut: 'Sign out',
    language: 'Language',
    roles: 'Roles',
  },
  language: { 'zh-CN': '中文', en: 'English' },
  roles: {
    process_owner: 'Process owner',
    admin: 'Administrator',
    finance: 'Finance',
    legal: 'Legal',
    executive: 'Executive',
    warehouse: 'Warehouse',
    purchasing: 'Purchasing',
  },
  actions: {
    back: 'Back',
    cancel: 'Cancel',
    confirm: 'OK',
    retry: 'Try again',
    refresh: 'Refresh',
    backHome: 'Back to the workspace',
  },
  states: {
    loading: 'Loading…',
    empty: 'Nothing here yet',
    none: '—',
  },
  errors: {
    title: 'That did not work',
    generic: 'Something unexpected went wrong. Please try again later.',
    network: 'Cannot reach the server. Check your connection and try again.',
    issues: 'Please correct the following:',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you asked for does not exist or was removed.',
    forbiddenTitle: 'No access',
    forbiddenBody: 'Your account may not open this page.',
    loadFailed: 'Could not load this page',
  },
  path: {
    row: 'Line {{row}}',
    separator: ' › ',
    label: '{{path}}: ',
  },
};
