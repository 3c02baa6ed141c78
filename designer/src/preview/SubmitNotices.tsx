import { Alert, Space } from 'antd';
import { usePreviewT } from './i18n.ts';

/** Beside the submit button: a refusal the preview foresees, and a missing pick. */
export function SubmitNotices(props: {
  readonly refusal: string | undefined;
  readonly problem: string | undefined;
}) {
  const t = usePreviewT();
  if (!props.refusal && !props.problem) return null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} className="baton-gap-bottom">
      {props.refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('route.refused', { message: props.refusal })}
        />
      )}
      {props.problem && <Alert type="error" showIcon role="alert" title={props.problem} />}
    </Space>
  );
}
