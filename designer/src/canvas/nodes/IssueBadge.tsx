import { Tooltip } from 'antd';
import type { ValidationIssue } from '@baton/schemas';
import { useFlowsT } from '../../flows/i18n.ts';

/**
 * A red (errors) or amber (warnings only) count on a node or edge. The messages show in a
 * tooltip on hover or keyboard focus and are the badge's accessible name.
 */
export function IssueBadge({ issues }: { readonly issues: readonly ValidationIssue[] }) {
  const t = useFlowsT();
  if (issues.length === 0) return null;
  const severity = issues.some((issue) => issue.severity === 'error') ? 'error' : 'warning';
  const label = t('canvas.issueBadge', {
    count: issues.length,
    messages: issues.map((issue) => issue.message).join('; '),
  });

  return (
    <Tooltip
      title={
        <ul className="baton-issue-tooltip">
          {issues.map((issue, index) => (
            <li key={`${issue.code}-${index}`}>{issue.message}</li>
          ))}
        </ul>
      }
    >
      <span
        className={`baton-issue-badge baton-issue-badge--${severity}`}
        role="img"
        aria-label={label}
        tabIndex={0}
      >
        {issues.length}
      </span>
    </Tooltip>
  );
}
