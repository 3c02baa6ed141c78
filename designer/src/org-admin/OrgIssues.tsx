import { Alert, Tag } from 'antd';
import type { ValidationIssue } from '@baton/schemas';
import { useOrgAdminT } from './i18n.ts';

function pathText(path: ValidationIssue['path']): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('');
}

/** The org checker's issues, errors first, each with where it is in the document. */
export function OrgIssues({ issues }: { readonly issues: readonly ValidationIssue[] }) {
  const t = useOrgAdminT();
  if (issues.length === 0) return <Alert type="success" showIcon title={t('noIssues')} />;
  const sorted = [...issues].sort(
    (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'),
  );

  return (
    <section aria-label={t('issues', { count: issues.length })}>
      <strong>{t('issues', { count: issues.length })}</strong>
      <ul className="baton-issue-list">
        {sorted.map((issue, index) => (
          <li key={`${issue.code}-${index}`}>
            <Tag color={issue.severity === 'error' ? 'red' : 'orange'}>
              {t(issue.severity === 'error' ? 'error' : 'warning')}
            </Tag>
            {issue.message}
            {issue.path.length > 0 && (
              <span className="baton-org-issue__path">
                {' '}
                {t('at', { path: pathText(issue.path).replace(/^\./, '') })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
