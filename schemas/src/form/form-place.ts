import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import type { IssuePath } from '../issue-factory.ts';

/** Where `checkForm` is in a form: the path of a field (or column), and the issues so far. */
export type FieldPlace = {
  readonly at: IssuePath;
  readonly locale: Locale;
  readonly issues: ValidationIssue[];
};
