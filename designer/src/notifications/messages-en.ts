import type { Messages } from '../i18n/messages.ts';
import type { notificationsZh } from './messages-zh-CN.ts';

/** Texts of the notification bell (namespace `notifications`), English. */
export const notificationsEn: Messages<typeof notificationsZh> = {
  bell: 'Notifications',
  bellUnread: 'Notifications, {{count}} unread',
  title: 'Notifications',
  markAll: 'Mark all read',
  markedAll: 'All marked read',
  empty: 'No notifications',
  someone: 'Someone',
  lines: {
    taskAssigned: 'New task: {{title}}',
    reminder: 'Reminder: {{title}} is waiting for you',
    urge: '{{actor}} urged you on {{title}}',
    returned: 'Returned: {{title}}',
    cc: 'Copied to you: {{title}}',
    completed: 'Approved: {{title}}',
    rejected: 'Rejected: {{title}}',
    withdrawn: 'Withdrawn: {{title}}',
    terminated: 'Terminated: {{title}}',
    taskRemoved: 'No longer needs you: {{title}}',
  },
};
