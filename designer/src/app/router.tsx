import { lazy, type ReactNode } from 'react';
import { Navigate, createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth.tsx';
import { RequireRole } from '../auth/RequireRole.tsx';
import { FLOW_DESIGNER_ROLES, ORG_ADMIN_ROLES } from '../auth/roles.ts';
import { SignInPage } from '../auth/SignInPage.tsx';
import { printRoute } from '../print/print-route.tsx';
import { AppLayout } from './AppLayout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RouteError } from './RouteError.tsx';

// Pages load on demand: the first screen needs only the shell, and the canvas, Monaco and the
// diagram (the heavy parts) load with the pages that show them.
const StartPage = lazy(() =>
  import('../workspace/StartPage.tsx').then((module) => ({ default: module.StartPage })),
);
const StartFormPage = lazy(() =>
  import('../workspace/StartFormPage.tsx').then((module) => ({ default: module.StartFormPage })),
);
const MyRequestsPage = lazy(() =>
  import('../workspace/MyRequestsPage.tsx').then((module) => ({ default: module.MyRequestsPage })),
);
const InboxPage = lazy(() =>
  import('../workspace/InboxPage.tsx').then((module) => ({ default: module.InboxPage })),
);
const CcPage = lazy(() =>
  import('../workspace/cc/CcPage.tsx').then((module) => ({ default: module.CcPage })),
);
const RequestPage = lazy(() =>
  import('../workspace/request/RequestPage.tsx').then((module) => ({
    default: module.RequestPage,
  })),
);
const FlowsPage = lazy(() =>
  import('../flows/FlowsPage.tsx').then((module) => ({ default: module.FlowsPage })),
);
const OutOfOfficePage = lazy(() => import('../delegation/OutOfOfficePage.tsx'));
const HandoverPage = lazy(() => import('../admin-work/HandoverPage.tsx'));
const CalendarPage = lazy(() => import('../admin-work/CalendarPage.tsx'));
const MasterDataPage = lazy(() => import('../master-data/MasterDataPage.tsx'));
const OrgAdminPage = lazy(() =>
  import('../org-admin/OrgAdminPage.tsx').then((module) => ({ default: module.OrgAdminPage })),
);

const flows = (
  <RequireRole roles={FLOW_DESIGNER_ROLES}>
    <FlowsPage />
  </RequireRole>
);

/** A page for admins only (the server checks again). */
function admin(page: ReactNode) {
  return <RequireRole roles={ORG_ADMIN_ROLES}>{page}</RequireRole>;
}

/**
 * Every page of the designer. Signed-in pages sit under `AppLayout`; `/flows/:key/*` leaves the
 * rest of the path to the flow designer.
 */
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  printRoute,
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/start" replace /> },
      { path: 'start', element: <StartPage /> },
      { path: 'start/:flowKey', element: <StartFormPage /> },
      { path: 'requests', element: <MyRequestsPage /> },
      { path: 'requests/:id', element: <RequestPage /> },
      { path: 'inbox', element: <InboxPage /> },
      { path: 'cc', element: <CcPage /> },
      { path: 'flows', element: flows },
      { path: 'flows/:key/*', element: flows },
      { path: 'me/out-of-office', element: <OutOfOfficePage /> },
      { path: 'admin/delegations', element: admin(<OutOfOfficePage scope="all" />) },
      { path: 'admin/handover', element: admin(<HandoverPage />) },
      { path: 'admin/calendar', element: admin(<CalendarPage />) },
      { path: 'admin/master-data', element: admin(<MasterDataPage />) },
      {
        path: 'admin/org',
        element: (
          <RequireRole roles={ORG_ADMIN_ROLES}>
            <OrgAdminPage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
