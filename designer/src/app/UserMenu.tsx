import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useTRPC } from '../api/trpc.ts';
import { useNotifyError } from '../api/use-api-problem.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useFormatList } from '../i18n/index.ts';

/** The signed-in user's name; its menu shows the department and roles and signs out. */
export function UserMenu() {
  const { t } = useTranslation('common');
  const { t: tAuth } = useTranslation('auth');
  const { message } = App.useApp();
  const user = useCurrentUser();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notifyError = useNotifyError();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), { user: null });
        void message.success(tAuth('signedOut'));
        await navigate('/sign-in', { replace: true });
      },
      onError: notifyError,
    }),
  );
  const formatList = useFormatList();
  const roles = formatList(user.roles.map((role) => t(`roles.${role}`, { defaultValue: role })));
  const roleLine = t('path.label', { path: t('header.roles') }) + roles;
  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: [user.title, user.departmentName].filter(Boolean).join(' · ') || user.username,
      children: roles ? [{ key: 'roles', disabled: true, label: roleLine }] : [],
    },
    { type: 'divider' },
    {
      key: 'out-of-office',
      label: t('header.outOfOffice'),
      onClick: () => void navigate('/me/out-of-office'),
    },
    { key: 'sign-out', label: t('header.signOut'), onClick: () => logout.mutate() },
  ];

  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button type="text" loading={logout.isPending} className="baton-user-button">
        <Avatar size="small" aria-hidden className="baton-avatar">
          {Array.from(user.name)[0]}
        </Avatar>
        <span>{user.name}</span>
      </Button>
    </Dropdown>
  );
}
