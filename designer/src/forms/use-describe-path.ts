import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDefinition, ValidationIssue } from '@baton/schemas';
import { useText } from '../i18n/index.ts';
import { describeFormPath } from './form-issues.ts';

/** `describePath` for `ApiErrorAlert`: issue paths in the words of the form. */
export function useDescribeFormPath(
  form: FormDefinition | undefined,
): (path: ValidationIssue['path']) => string {
  const { t } = useTranslation('common');
  const text = useText();

  return useCallback(
    (path) =>
      form
        ? describeFormPath({
            form,
            path,
            text,
            row: (row) => t('path.row', { row }),
            separator: t('path.separator'),
          })
        : path.join(t('path.separator')),
    [form, t, text],
  );
}
