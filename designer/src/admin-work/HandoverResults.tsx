import { Card, List, Tag } from 'antd';
import type { HandoverResult } from './HandoverForm.tsx';
import { useAdminWorkT } from './i18n.ts';

/** Each task and flow of an applied handover: done, or failed with the server's message. */
export function HandoverResults(props: {
  readonly result: HandoverResult;
  /** Names of the tasks (request titles and steps) and flows as they were when applied. */
  readonly names: ReadonlyMap<string, string>;
}) {
  const { result, names } = props;
  const t = useAdminWorkT();
  const items = [
    ...result.tasks.map((item) => ({
      key: `task-${item.taskId}`,
      label: t('handover.resultTask', { name: names.get(item.taskId) ?? item.taskId }),
      ok: item.ok,
      error: item.error?.message,
    })),
    ...result.flows.map((item) => ({
      key: `flow-${item.flowKey}`,
      label: t('handover.resultFlow', { name: names.get(item.flowKey) ?? item.flowKey }),
      ok: item.ok,
      error: item.error?.message,
    })),
  ];

  return (
    <section aria-label={t('handover.results')}>
      <Card size="small" title={t('handover.results')}>
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item key={item.key}>
              <Tag color={item.ok ? 'green' : 'red'}>
                {t(item.ok ? 'handover.ok' : 'handover.failed')}
              </Tag>
              {item.label}
              {item.error !== undefined && ` — ${item.error}`}
            </List.Item>
          )}
        />
      </Card>
    </section>
  );
}
