import { Badge, Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { FLOW_DESIGNER_ROLES, hasAnyRole, ORG_ADMIN_ROLES } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useCcUnreadCount, useInboxCount } from './use-inbox-count.ts';

/** Menu entries and whether their pages below them (`/start/expense`) belong to them too. */
const SECTIONS = [
  { path: '/start', nested: true },
  { path: '/requests', nested: false },
  { path: '/inbox', nested: false },
  { path: '/cc', nested: false },
  { path: '/flows', nested: true },
  { path: '/admin/org', nested: false },
  { path: '/admin/delegations', nested: false },
  { path: '/admin/handover', nested: false },
  { path: '/admin/calendar', nested: false },
  { path: '/admin/master-data', nested: false },
] as const;

function selectedSection(pathname: string): string[] {
  const section = SECTIONS.find(
    ({ path, nested }) => pathname === path || (nested && pathname.startsWith(`${path}/`)),
  );

  return section ? [section.path] : [];
}

/**
 * The side navigation: the workspace pages for everyone, flow design for process owners, the
 * organization for admins.
 */
export function NavMenu() {
  const { t } = useTranslation('common');
  const user = useCurrentUser();
  const inboxCount = useInboxCount();
  const ccUnread = useCcUnreadCount();
  const { pathname } = useLocation();
  const workspace: MenuProps['items'] = [
    { key: '/start', label: <Link to="/start">{t('nav.start')}</Link> },
    { key: '/requests', label: <Link to="/requests">{t('nav.mine')}</Link> },
    {
      key: '/inbox',
      label: (
        <Link to="/inbox" className="baton-nav-inbox">
          <span>{t('nav.inbox')}</span>
          <span aria-hidden="true" data-testid="inbox-count" data-count={inboxCount}>
            <Badge count={inboxCount} overflowCount={99} size="small" />
          </span>
        </Link>
      ),
    },
    {
      key: '/cc',
      label: (
        <Link to="/cc" className="baton-nav-inbox">
          <span>{t('nav.cc')}</span>
          <span aria-hidden="true" data-testid="cc-unread" data-count={ccUnread}>
            <Badge count={ccUnread} overflowCount={99} size="small" />
          </span>
        </Link>
      ),
    },
  ];
  const items: MenuProps['items'] = [
    { key: 'workspace', type: 'group', label: t('nav.workspace'), children: workspace },
  ];
  if (hasAnyRole(user, FLOW_DESIGNER_ROLES)) {
    items.push({ key: '/flows', label: <Link to="/flows">{t('nav.flows')}</Link> });
  }
  if (hasAnyRole(user, ORG_ADMIN_ROLES)) {
    items.push({ key: '/admin/org', label: <Link to="/admin/org">{t('nav.org')}</Link> });
    for (const [path, key] of [
      ['/admin/delegations', 'nav.delegations'],
      ['/admin/handover', 'nav.handover'],
      ['/admin/calendar', 'nav.calendar'],
      ['/admin/master-data', 'nav.masterData'],
    ] as const)
      items.push({ key: path, label: <Link to={path}>{t(key)}</Link> });
  }

  return (
    <nav aria-label={t('nav.main')}>
      <Menu mode="inline" items={items} selectedKeys={selectedSection(pathname)} />
    </nav>
  );
}
