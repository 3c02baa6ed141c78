import { RouterProvider } from 'react-router-dom';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { AntdProvider } from './AntdProvider.tsx';
import { router } from './router.tsx';

/** The whole designer: antd in the UI language, the API client, and the pages. */
export function App() {
  return (
    <AntdProvider>
      <ApiProvider>
        <RouterProvider router={router} />
      </ApiProvider>
    </AntdProvider>
  );
}
