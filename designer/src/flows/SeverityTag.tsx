import { Tag } from 'antd';
import type { ValidationIssue } from '@baton/schemas';
import { useFlowsT } from './i18n.ts';

/** "错误" / "Error" in red or "警告" / "Warning" in orange, before an issue's message. */
export function SeverityTag(props: { readonly severity: ValidationIssue['severity'] }) {
  const t = useFlowsT();

  return props.severity === 'error' ? (
    <Tag color="red">{t('issues.error')}</Tag>
  ) : (
    <Tag color="orange">{t('issues.warning')}</Tag>
  );
}
