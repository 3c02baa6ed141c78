import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import { PageHeader } from '../app/PageHeader.tsx';

/** `/start`: the published flows the user can start, one card each. */
export function StartPage() {
  const { t } = useTranslation('workspace');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const startable = useQuery(trpc.instances.startable.queryOptions());

  return (
    <>
      <PageHeader title={t('start.title')} subtitle={t('start.subtitle')} />
      {startable.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
      {startable.isError && (
        <ApiErrorAlert error={startable.error} onRetry={() => void startable.refetch()} />
      )}
      {startable.data?.length === 0 && <Empty description={t('start.empty')} />}
      <Row gutter={[16, 16]}>
        {startable.data?.map((flow) => (
          <Col key={flow.flowKey} xs={24} sm={12} xl={8}>
            <Card
              className="baton-flow-card"
              hoverable
              title={<Link to={`/start/${flow.flowKey}`}>{flow.name}</Link>}
              actions={[
                <Button
                  key="open"
                  type="link"
                  onClick={() => void navigate(`/start/${flow.flowKey}`)}
                  aria-label={`${t('start.open')}: ${flow.name}`}
                >
                  {t('start.open')}
                </Button>,
              ]}
            >
              <Typography.Text type="secondary">
                {t('start.version', { version: flow.version })}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
