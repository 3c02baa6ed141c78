import { Flex, Layout, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { LanguageSwitch } from '../i18n/index.ts';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { FullPageLoading } from './FullPageLoading.tsx';
import { NavMenu } from './NavMenu.tsx';
import { UserMenu } from './UserMenu.tsx';

/** The frame of every signed-in page: navigation on the left, user and language on top. */
export function AppLayout() {
  const { t } = useTranslation('common');

  return (
    <Layout className="baton-shell">
      <Layout.Sider theme="light" width={220} breakpoint="lg" collapsedWidth={0}>
        <Link to="/" className="baton-brand" aria-label={t('appName')}>
          <span className="baton-brand-name">{t('appName')}</span>
          <Typography.Text type="secondary" className="baton-brand-tagline">
            {t('appTagline')}
          </Typography.Text>
        </Link>
        <NavMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="baton-header">
          <Flex justify="flex-end" align="center" gap="middle">
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content className="baton-content">
          <Suspense fallback={<FullPageLoading inline />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
