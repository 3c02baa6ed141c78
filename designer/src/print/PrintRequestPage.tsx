import { useQuery } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useTRPC } from '../api/trpc.ts';
import { useApiProblem } from '../api/use-api-problem.ts';
import { FullPageLoading } from '../app/FullPageLoading.tsx';
import { PrintView } from './PrintView.tsx';
import './print.css';

/**
 * `/requests/:id/print`: the request as a document to print on A4, outside the app's frame
 * (no navigation to hide). Reads what the request page reads (`instances.get`), so it shows
 * exactly the fields and history this viewer may see.
 */
export default function PrintRequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const toProblem = useApiProblem();
  const request = useQuery(trpc.instances.get.queryOptions({ id }));

  if (request.isPending) return <FullPageLoading />;
  if (request.isError) {
    return (
      <Result
        status="warning"
        title={t('errors.loadFailed')}
        subTitle={toProblem(request.error).message}
        extra={
          <Link to="/">
            <Button>{t('actions.backHome')}</Button>
          </Link>
        }
      />
    );
  }

  return <PrintView request={request.data} />;
}
