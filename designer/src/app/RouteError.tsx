import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown when a page fails to render: a plain message and a way back, never a stack. */
export function RouteError() {
  const { t } = useTranslation('common');

  return (
    <Result
      status="error"
      title={t('errors.title')}
      subTitle={t('errors.generic')}
      extra={
        <Button type="primary" onClick={() => window.location.assign('/')}>
          {t('actions.backHome')}
        </Button>
      }
    />
  );
}
