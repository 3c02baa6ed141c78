/** Texts of the notification bell (namespace `notifications`), zh-CN (the reference language). */
export const notificationsZh = {
  bell: '通知',
  bellUnread: '通知，{{count}} 条未读',
  title: '通知',
  markAll: '全部标记为已读',
  markedAll: '已全部标记为已读',
  empty: '暂无通知',
  someone: '有人',
  lines: {
    taskAssigned: '新待办：{{title}}',
    reminder: '提醒：{{title}} 等你处理',
    urge: '{{actor}} 催你处理 {{title}}',
    returned: '已退回：{{title}}',
    cc: '抄送给你：{{title}}',
    completed: '已通过：{{title}}',
    rejected: '已驳回：{{title}}',
    withdrawn: '已撤回：{{title}}',
    terminated: '已终止：{{title}}',
    taskRemoved: '无需你再处理：{{title}}',
  },
};
