import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstanceView } from '../../api/types.ts';
import { useFormatDateTime, useText } from '../../i18n/index.ts';

/** Where a step with several people stands, in words. */
export type StepCountLine = {
  readonly key: string;
  readonly nodeId: string;
  readonly text: string;
};

/**
 * Who started the request, on which flow, when, and its number; while steps with several
 * people wait, where each stands ("财务审批：已有 1 人同意，共需 2 人，还差 1 人").
 */
export function RequestSummary(props: {
  readonly request: InstanceView;
  readonly counts: readonly StepCountLine[];
}) {
  const { request, counts } = props;
  const { t } = useTranslation('workspace');
  const { t: tp } = useTranslation('requestPage');
  const text = useText();
  const formatTime = useFormatDateTime();
  const stepName = (nodeId: string) =>
    request.tasks.find((task) => task.nodeId === nodeId)?.nodeName ?? nodeId;
  const progress = counts.map((count) => (
    <div key={count.key}>
      {tp('progress.line', { step: stepName(count.nodeId), progress: count.text })}
    </div>
  ));

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
          ...(counts.length === 0
            ? []
            : [
                {
                  key: 'progress',
                  label: tp('progress.label'),
                  children: progress,
                  span: 'filled' as const,
                },
              ]),
        ]}
      />
    </Card>
  );
}
