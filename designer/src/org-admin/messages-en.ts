import type { Messages } from '../i18n/messages.ts';
import type { orgAdminZh } from './messages-zh-CN.ts';

/** Texts of the organization admin page (namespace `orgAdmin`), English. */
export const orgAdminEn: Messages<typeof orgAdminZh> = {
  title: 'Organization',
  subtitle:
    'Edit the whole organization as JSON: departments, people, roles, positions and groups. It is checked before saving; a supervisor cycle, for example, is refused.',
  editorLabel: 'Organization JSON',
  loading: 'Loading the editor…',
  check: 'Check',
  save: 'Save',
  revert: 'Revert to the saved organization',
  revertConfirm: 'Discard the unsaved changes in the editor?',
  revertOk: 'Revert',
  cancel: 'Cancel',
  noIssues: 'Checked: no issues',
  issues: 'Issues ({{count}})',
  saved: 'Organization saved',
  savedWarnings: 'Organization saved with {{count}} warning(s)',
  invalidJson: 'Invalid JSON: {{message}}',
  refused: 'Not saved; the editor keeps your text: {{message}}',
  error: 'Error',
  warning: 'Warning',
  at: 'at {{path}}',
};
