import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A centred spinner for a page (or the whole app) that is still loading. */
export function FullPageLoading({ inline = false }: { readonly inline?: boolean }) {
  const { t } = useTranslation('common');

  return (
    <Flex
      vertical
      gap="middle"
      align="center"
      justify="center"
      className={inline ? 'baton-loading-inline' : 'baton-loading-page'}
      role="status"
      aria-live="polite"
    >
      <Spin size="large" />
      <Typography.Text type="secondary">{t('states.loading')}</Typography.Text>
    </Flex>
  );
}
