import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router-dom';
import { FlowListPage } from './FlowListPage.tsx';
import './i18n.ts';

// The editor (React Flow, dnd-kit, the form builder) loads only when a flow is opened.
const FlowEditorPage = lazy(() => import('./FlowEditorPage.tsx'));

/** `/flows` lists the flows; `/flows/:key` opens one in the designer. */
export function FlowsPage() {
  const { key } = useParams<{ key: string }>();
  if (key === undefined) return <FlowListPage />;

  return (
    <Suspense fallback={<Spin />}>
      <FlowEditorPage flowKey={key} />
    </Suspense>
  );
}

export default FlowsPage;
