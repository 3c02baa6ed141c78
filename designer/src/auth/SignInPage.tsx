import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import { LanguageSwitch } from '../i18n/index.ts';
import { usePageTitle } from '../app/use-page-title.ts';
import { DemoAccounts, DEMO_PASSWORD } from './DemoAccounts.tsx';
import { safeNextPath } from './session.ts';

type Credentials = { username: string; password: string };

/** `/sign-in`: username and password, the demo accounts, and the server's message on failure. */
export function SignInPage() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation('common');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Credentials>();
  usePageTitle(t('title'));

  const me = useQuery(trpc.auth.me.queryOptions());
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: ({ user }) => {
        // Nothing cached for a previous user may leak into this session.
        queryClient.clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), { user });
      },
    }),
  );

  useEffect(() => {
    document.getElementById('sign-in_username')?.focus();
  }, []);

  const pickDemo = (username: string) => {
    form.setFieldsValue({ username, password: DEMO_PASSWORD });
  };
  if (me.data?.user) return <Navigate to={safeNextPath(params.get('next'))} replace />;

  return (
    <Flex className="baton-sign-in" vertical align="center" justify="center">
      <div className="baton-sign-in-language">
        <LanguageSwitch />
      </div>
      <Card className="baton-sign-in-card">
        <Typography.Title level={2} className="baton-sign-in-brand">
          {tc('appName')}
        </Typography.Title>
        <Typography.Title level={4}>{t('title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
        {login.isError && (
          <div className="baton-gap-bottom">
            <ApiErrorAlert error={login.error} title={t('failed')} />
          </div>
        )}
        <Form<Credentials>
          form={form}
          name="sign-in"
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => login.mutate(values)}
        >
          <Form.Item
            label={t('username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('usernameRequired') }]}
          >
            <Input autoComplete="username" autoCapitalize="none" spellCheck={false} />
          </Form.Item>
          <Form.Item
            label={t('password')}
            name="password"
            rules={[{ required: true, message: t('passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            {t('signIn')}
          </Button>
        </Form>
        <div className="baton-gap-top">
          <DemoAccounts onPick={pickDemo} />
        </div>
      </Card>
    </Flex>
  );
}
