import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The demo password the seeded organization uses (see the README). */
export const DEMO_PASSWORD = 'baton-demo-2026';

const DEMO_ACCOUNTS = [
  { username: 'chen.jie', role: 'employee' },
  { username: 'wang.fang', role: 'manager' },
  { username: 'li.na', role: 'finance' },
  { username: 'zhao.min', role: 'executive' },
  { username: 'sun.hao', role: 'processOwner' },
  { username: 'zhou.yu', role: 'admin' },
] as const;

/** The demo accounts, each a button that fills the sign-in form. */
export function DemoAccounts({ onPick }: { readonly onPick: (username: string) => void }) {
  const { t } = useTranslation('auth');

  return (
    <Alert
      type="info"
      role="note"
      showIcon
      title={t('demo.title')}
      description={
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          {DEMO_ACCOUNTS.map((account) => (
            <div key={account.username} className="baton-demo-account">
              <Button type="link" size="small" onClick={() => onPick(account.username)}>
                {account.username}
              </Button>
              <Typography.Text type="secondary">{t(`demo.${account.role}`)}</Typography.Text>
            </div>
          ))}
          <Typography.Text>{t('demo.password', { password: DEMO_PASSWORD })}</Typography.Text>
        </Space>
      }
    />
  );
}
