import { Alert, Button, Popconfirm, Space } from 'antd';
import { useFlowsT } from './i18n.ts';

/** A stale save and the two ways on. Local edits stay until the user picks one. */
export function ConflictAlert(props: {
  readonly onOverwrite: () => void;
  readonly onReload: () => void;
}) {
  const t = useFlowsT();

  return (
    <Alert
      type="warning"
      role="alert"
      showIcon
      title={t('conflict.title')}
      description={t('conflict.description')}
      action={
        <Space orientation="vertical">
          <Button size="small" type="primary" onClick={props.onOverwrite}>
            {t('conflict.overwrite')}
          </Button>
          <Popconfirm title={t('conflict.reloadConfirm')} onConfirm={props.onReload}>
            <Button size="small" danger>
              {t('conflict.reload')}
            </Button>
          </Popconfirm>
        </Space>
      }
    />
  );
}
