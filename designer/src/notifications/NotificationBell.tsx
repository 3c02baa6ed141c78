import { App, Badge, Button, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useFormatDateTime } from '../i18n/index.ts';
import './bell.css';
import { useNotificationsT } from './i18n.ts';
import { notificationLine, type NotificationItem } from './notification-lines.ts';
import {
  useMarkNotificationsRead,
  useNotificationList,
  useUnreadNotificationCount,
} from './use-notifications.ts';

/** A bell outline, drawn inline (the designer ships no icon font). */
function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" className="baton-bell-icon">
      <path d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16h15.4L18 12.6V9a6 6 0 0 0-6-6Z" />
      <path d="M9.5 19a2.5 2.5 0 0 0 5 0" />
    </svg>
  );
}

/**
 * The bell in the header: the unread count, and on click the latest notifications ("王芳 urged
 * you on …", "New task: …"). Opening a line marks it read and opens its request.
 */
export function NotificationBell() {
  const t = useNotificationsT();
  const [open, setOpen] = useState(false);
  const unread = useUnreadNotificationCount();
  const label = unread > 0 ? t('bellUnread', { count: unread }) : t('bell');

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={<BellTitle unread={unread} />}
      content={<BellList open={open} onOpened={() => setOpen(false)} />}
    >
      <Button type="text" aria-label={label} className="baton-bell-button">
        <span data-testid="notification-count" data-count={unread}>
          <Badge count={unread} overflowCount={99} size="small">
            <BellIcon />
          </Badge>
        </span>
      </Button>
    </Popover>
  );
}

function BellTitle({ unread }: { unread: number }) {
  const t = useNotificationsT();
  const { message } = App.useApp();
  const markRead = useMarkNotificationsRead();
  const markAll = () =>
    markRead.mutate({ all: true }, { onSuccess: () => void message.success(t('markedAll')) });

  return (
    <Flex justify="space-between" align="center" gap="middle">
      <span>{t('title')}</span>
      <Button
        type="link"
        size="small"
        disabled={unread === 0}
        loading={markRead.isPending}
        onClick={markAll}
      >
        {t('markAll')}
      </Button>
    </Flex>
  );
}

function BellList({ open, onOpened }: { open: boolean; onOpened: () => void }) {
  const t = useNotificationsT();
  const navigate = useNavigate();
  const formatTime = useFormatDateTime();
  const list = useNotificationList(open);
  const markRead = useMarkNotificationsRead();
  const openLine = (item: NotificationItem) => {
    if (item.readAt === null) markRead.mutate({ ids: [item.id] });
    onOpened();
    void navigate(`/requests/${item.instanceId}`);
  };

  if (list.isError) return <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending) return <Spin className="baton-bell-loading" />;
  if (list.data.length === 0) return <Empty description={t('empty')} />;

  return (
    <ul className="baton-bell-list" aria-label={t('title')}>
      {list.data.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className={
              item.readAt === null ? 'baton-bell-line baton-bell-unread' : 'baton-bell-line'
            }
            onClick={() => openLine(item)}
          >
            <span className="baton-bell-text">{notificationLine(item, t)}</span>
            <Typography.Text type="secondary" className="baton-bell-time">
              {formatTime(item.createdAt)}
            </Typography.Text>
          </button>
        </li>
      ))}
    </ul>
  );
}
