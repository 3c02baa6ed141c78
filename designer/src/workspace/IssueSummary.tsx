import { Alert } from 'antd';
import { useEffect } from 'react';
import type { ValidationIssue } from '@baton/schemas';

/** An input antd marks as failed (its own status class or a failed form item's). */
const INVALID_CONTROL = [
  '[aria-invalid="true"]',
  '[class*="-status-error"] input',
  '[class*="-status-error"] textarea',
  'input[class*="-status-error"]',
  'textarea[class*="-status-error"]',
].join(', ');

/** Brings the first input marked as failed into view and puts the cursor there. */
function focusFirstInvalid(): void {
  const control = document.querySelector<HTMLElement>(INVALID_CONTROL);
  if (!control) return;
  control.scrollIntoView({ block: 'center' });
  control.focus({ preventScroll: true });
}

/**
 * The banner a refused submit shows above a form: what is wrong, each problem in its own words
 * (the issue messages name the field or cell; the inputs showing them may be out of view), and
 * on each new `attempt` the first failed input scrolled into view and focused.
 */
export function IssueSummary(props: {
  readonly title: string;
  readonly issues: readonly ValidationIssue[];
  readonly attempt: number;
}) {
  const { title, issues, attempt } = props;
  const errors = issues.filter((issue) => issue.severity === 'error');
  useEffect(() => {
    // After the paint that shows the inputs' error state.
    const frame = requestAnimationFrame(focusFirstInvalid);

    return () => cancelAnimationFrame(frame);
  }, [attempt]);
  if (errors.length === 0) return null;

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        <ul className="baton-issue-list">
          {errors.map((issue, index) => (
            <li key={`${issue.code}-${index}`}>{issue.message}</li>
          ))}
        </ul>
      }
    />
  );
}
