import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { hasAnyRole } from './roles.ts';
import { useCurrentUser } from './session.ts';

/** Renders its children only for users with one of `roles` (the server checks again). */
export function RequireRole({
  roles,
  children,
}: {
  readonly roles: readonly string[];
  readonly children: ReactNode;
}) {
  const { t } = useTranslation('common');
  const user = useCurrentUser();
  const navigate = useNavigate();
  if (hasAnyRole(user, roles)) return children;

  return (
    <Result
      status="403"
      title={t('errors.forbiddenTitle')}
      subTitle={t('errors.forbiddenBody')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('actions.backHome')}
        </Button>
      }
    />
  );
}
