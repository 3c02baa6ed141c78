import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstanceView } from '../../api/types.ts';
import { useFormatDateTime, useText } from '../../i18n/index.ts';

/** Who started the request, on which flow, when, and its number. */
export function RequestSummary({ request }: { readonly request: InstanceView }) {
  const { t } = useTranslation('workspace');
  const text = useText();
  const formatTime = useFormatDateTime();

  return (
    <Card size="small">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'initiator', label: t('request.initiator'), children: request.initiator.name },
          { key: 'flow', label: t('request.flow'), children: text(request.flow.name) },
          { key: 'created', label: t('columns.created'), children: formatTime(request.createdAt) },
          { key: 'number', label: t('request.number'), children: request.id },
        ]}
      />
    </Card>
  );
}
