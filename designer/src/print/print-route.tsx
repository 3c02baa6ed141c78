import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { FullPageLoading } from '../app/FullPageLoading.tsx';
import { RouteError } from '../app/RouteError.tsx';
import { RequireAuth } from '../auth/RequireAuth.tsx';

const PrintRequestPage = lazy(() => import('./PrintRequestPage.tsx'));

/**
 * `/requests/:id/print`, signed in but outside the app's frame: the print view brings no
 * navigation, header or menus to hide. Its code loads on demand.
 */
export const printRoute: RouteObject = {
  path: '/requests/:id/print',
  element: (
    <RequireAuth>
      <Suspense fallback={<FullPageLoading />}>
        <PrintRequestPage />
      </Suspense>
    </RequireAuth>
  ),
  errorElement: <RouteError />,
};
