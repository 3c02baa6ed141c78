import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Form, Input, Table, Tag, Typography } from 'antd';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { useState } from 'react';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import type { OrgInfo } from '../canvas/approver-summary.ts';
import { Choice } from '../canvas/panel/choices.tsx';
import { usePeopleOptions } from '../canvas/panel/RuleFields.tsx';
import { useFormatDateTime, useFormatList } from '../i18n/index.ts';
import { readHandover, type HandoverProblem } from './handover-choice.ts';
import { handoverSummary } from './handover-summary.ts';
import { HandoverResults } from './HandoverResults.tsx';
import { useAdminWorkT } from './i18n.ts';

type Api = ReturnType<typeof useTRPC>;
export type HandoverView = inferOutput<Api['admin']['handover']>;
export type HandoverResult = inferOutput<Api['admin']['handoverApply']>;
type OpenTask = HandoverView['openTasks'][number];

function FlowChoices(props: {
  readonly flows: HandoverView['flows'];
  readonly chosen: readonly string[];
  readonly onChange: (keys: string[]) => void;
}) {
  const t = useAdminWorkT();
  const formatList = useFormatList();
  const describe = (flow: HandoverView['flows'][number]) =>
    t('handover.flowNodes', {
      flow: flow.name,
      nodes: formatList(flow.nodes.map((node) => `${node.name} (${t(`handover.as.${node.as}`)})`)),
    });

  return (
    <Card size="small" title={t('handover.flows', { count: props.flows.length })}>
      {props.flows.length === 0 ? (
        <Typography.Text type="secondary">{t('handover.noFlows')}</Typography.Text>
      ) : (
        <>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            aria-label={t('handover.flows', { count: props.flows.length })}
            value={[...props.chosen]}
            onChange={(keys) => props.onChange(keys.map(String))}
            options={props.flows.map((flow) => ({ value: flow.flowKey, label: describe(flow) }))}
          />
          <Typography.Paragraph type="secondary">{t('handover.flowsHelp')}</Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

/**
 * The person's open tasks (all ticked at first) and flows naming them (none ticked), the
 * successor and the reason; Apply hands the ticked ones over and shows the results.
 */
export function HandoverForm(props: {
  readonly fromUserId: string;
  readonly view: HandoverView;
  readonly org: OrgInfo;
  readonly onApplied: () => void;
}) {
  const { fromUserId, view, org } = props;
  const t = useAdminWorkT();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const formatDateTime = useFormatDateTime();
  const people = usePeopleOptions(org);
  const [taskIds, setTaskIds] = useState(() => view.openTasks.map((task) => task.taskId));
  const [flowKeys, setFlowKeys] = useState<string[]>([]);
  const [toUserId, setToUserId] = useState<string>();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<HandoverProblem[]>([]);
  const [result, setResult] = useState<{ done: HandoverResult; names: Map<string, string> }>();
  const apply = useMutation(trpc.admin.handoverApply.mutationOptions());
  const submit = async () => {
    const checked = readHandover({ fromUserId, toUserId, taskIds, flowKeys, reason });
    setProblems(checked.problems);
    if (!checked.input) return;
    const done = await apply.mutateAsync(checked.input).catch(() => undefined);
    if (!done) return;
    const names = new Map([
      ...view.openTasks.map((task): [string, string] => [
        task.taskId,
        `${task.title} · ${task.nodeName}`,
      ]),
      ...view.flows.map((flow): [string, string] => [flow.flowKey, flow.name]),
    ]);
    setResult({ done, names });
    const summary = handoverSummary(done, t);
    void message[summary.level](summary.text);
    props.onApplied();
  };
  const columns = [
    { key: 'title', title: t('handover.task'), render: (task: OpenTask) => task.title },
    { key: 'flow', title: t('handover.flow'), render: (task: OpenTask) => task.flowName },
    { key: 'step', title: t('handover.step'), render: (task: OpenTask) => task.nodeName },
    {
      key: 'since',
      title: t('handover.since'),
      render: (task: OpenTask) => formatDateTime(task.createdAt),
    },
    {
      key: 'state',
      title: '',
      render: (task: OpenTask) => <Tag>{t(`handover.states.${task.status}`)}</Tag>,
    },
  ];
  const has = (problem: HandoverProblem) => problems.includes(problem);

  return (
    <>
      <Card size="small" title={t('handover.tasks', { count: view.openTasks.length })}>
        <Table<OpenTask>
          rowKey="taskId"
          size="small"
          pagination={false}
          dataSource={view.openTasks}
          columns={columns}
          rowSelection={{
            selectedRowKeys: taskIds,
            onChange: (keys) => setTaskIds(keys.map(String)),
            getTitleCheckboxProps: () => ({ 'aria-label': t('handover.selectAll') }),
          }}
          locale={{ emptyText: t('handover.noTasks') }}
        />
      </Card>
      <FlowChoices flows={view.flows} chosen={flowKeys} onChange={setFlowKeys} />
      <Card size="small">
        <Form layout="vertical" component="div" style={{ maxWidth: 720 }}>
          <Choice
            id="handover-to"
            label={t('handover.to')}
            error={has('handover.toMissing') ? t('handover.toMissing') : undefined}
            value={toUserId}
            options={people(toUserId === undefined ? [] : [toUserId]).filter(
              (option) => option.value !== fromUserId,
            )}
            onChange={setToUserId}
          />
          <Form.Item
            label={t('handover.reason')}
            htmlFor="handover-reason"
            {...(has('handover.reasonMissing') && {
              validateStatus: 'error' as const,
              help: t('handover.reasonMissing'),
            })}
          >
            <Input.TextArea
              id="handover-reason"
              maxLength={2000}
              autoSize={{ minRows: 2, maxRows: 6 }}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </Form.Item>
          {has('handover.nothing') && (
            <Alert type="warning" showIcon title={t('handover.nothing')} />
          )}
          {apply.isError && <ApiErrorAlert error={apply.error} />}
          <Button type="primary" loading={apply.isPending} onClick={() => void submit()}>
            {t('handover.apply')}
          </Button>
        </Form>
      </Card>
      {result && <HandoverResults result={result.done} names={result.names} />}
    </>
  );
}
