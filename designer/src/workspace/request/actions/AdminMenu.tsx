import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstanceView } from '../../../api/types.ts';
import { AdminDialog, type AdminAction } from './AdminDialog.tsx';

const ACTIONS: readonly AdminAction[] = ['terminate', 'reassign', 'jump'];

/** 管理员操作 / Admin: terminate, reassign a task, jump to a step; each asks for a reason. */
export function AdminMenu({ request }: { readonly request: InstanceView }) {
  const { t } = useTranslation('requestPage');
  const [action, setAction] = useState<AdminAction | null>(null);

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: ACTIONS.map((key) => ({
            key,
            label: t(`act.admin.${key}`),
            danger: key === 'terminate',
          })),
          onClick: ({ key }) => setAction(ACTIONS.find((candidate) => candidate === key) ?? null),
        }}
      >
        <Button>{t('act.admin.menu')}</Button>
      </Dropdown>
      {action && <AdminDialog action={action} request={request} onClose={() => setAction(null)} />}
    </>
  );
}
