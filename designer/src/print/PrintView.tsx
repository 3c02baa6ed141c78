import { Button, Descriptions, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InstanceView } from '../api/types.ts';
import { usePageTitle } from '../app/use-page-title.ts';
import { ReadOnlyForm } from '../forms/index.ts';
import { useFormatDateTime, useText } from '../i18n/index.ts';
import { RequestTimeline } from '../workspace/request/RequestTimeline.tsx';
import { StatusTag } from '../workspace/StatusTag.tsx';

/**
 * A request laid out for paper: a header (flow, title, status, initiator, number, dates), every
 * field visible to the viewer with its value (amounts with capitals, tables with totals), and
 * the history. The toolbar (back, print) is for the screen only.
 */
export function PrintView({ request }: { readonly request: InstanceView }) {
  const { t } = useTranslation('forms');
  const text = useText();
  const formatTime = useFormatDateTime();
  usePageTitle(request.title);
  // The moment the page was opened, printed in the footer of the paper copy.
  const openedAt = useMemo(() => new Date().toISOString(), []);

  return (
    <main className="baton-print">
      <nav className="baton-print-toolbar" aria-label={t('print.open')}>
        <Link to={`/requests/${encodeURIComponent(request.id)}`}>{t('print.back')}</Link>
        <Button type="primary" onClick={() => window.print()}>
          {t('print.print')}
        </Button>
      </nav>
      <header className="baton-print-header">
        <Typography.Text type="secondary">{text(request.flow.name)}</Typography.Text>
        <Typography.Title level={2}>{request.title}</Typography.Title>
        <Descriptions
          size="small"
          column={2}
          items={[
            {
              key: 'status',
              label: t('print.status'),
              children: <StatusTag status={request.status} />,
            },
            { key: 'initiator', label: t('print.initiator'), children: request.initiator.name },
            { key: 'flow', label: t('print.flow'), children: text(request.flow.name) },
            { key: 'number', label: t('print.number'), children: request.id },
            { key: 'created', label: t('print.created'), children: formatTime(request.createdAt) },
            { key: 'updated', label: t('print.updated'), children: formatTime(request.updatedAt) },
          ]}
        />
      </header>
      <section aria-labelledby="print-fields" className="baton-print-section">
        <Typography.Title level={4} id="print-fields">
          {t('print.fields')}
        </Typography.Title>
        <ReadOnlyForm form={request.form} values={request.values} />
      </section>
      <section aria-labelledby="print-timeline" className="baton-print-section">
        <Typography.Title level={4} id="print-timeline">
          {t('print.timeline')}
        </Typography.Title>
        <RequestTimeline request={request} />
      </section>
      <footer className="baton-print-footer">
        <Typography.Text type="secondary">
          {t('print.printedAt', { time: formatTime(openedAt) })}
        </Typography.Text>
      </footer>
    </main>
  );
}
