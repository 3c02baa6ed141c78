import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '@baton/schemas';
import { useApiProblem } from './use-api-problem.ts';

export type ApiErrorAlertProps = {
  readonly error: unknown;
  /** Turns an issue path into words, e.g. `['items', 0, 'amount']` → "明细 › 第 1 行 › 金额". */
  readonly describePath?: (path: ValidationIssue['path']) => string;
  readonly onRetry?: () => void;
  readonly title?: string;
};

function defaultDescribe(path: ValidationIssue['path']): string {
  return path.map((part) => (typeof part === 'number' ? `#${part + 1}` : part)).join(' › ');
}

/**
 * Shows a failed call: the server's translated message and, when the server sent issues, each
 * issue with the place it is about. Never a stack.
 */
export function ApiErrorAlert({ error, describePath, onRetry, title }: ApiErrorAlertProps) {
  const { t } = useTranslation('common');
  const problem = useApiProblem()(error);
  const describe = describePath ?? defaultDescribe;
  const issues =
    problem.issues.length === 0 ? null : (
      <ul className="baton-issue-list">
        {problem.issues.map((issue, index) => (
          <li key={`${issue.code}-${index}`}>
            {issue.path.length > 0 && (
              <strong>{t('path.label', { path: describe(issue.path) })}</strong>
            )}
            {issue.message}
          </li>
        ))}
      </ul>
    );

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? problem.message}
      description={
        title === undefined ? (
          issues
        ) : (
          <>
            <div>{problem.message}</div>
            {issues}
          </>
        )
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        )
      }
    />
  );
}
