import { Form, Radio, Select, Switch } from 'antd';
import { updateNodeConfig, type FlowNode } from '@baton/schemas';
import { useFlowsT } from '../../flows/i18n.ts';
import type { RunCommand } from '../selection.ts';

const modes = ['any', 'all'] as const;
const rejectTargets = ['initiator', 'end'] as const;

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return values.find((candidate) => candidate === value) ?? fallback;
}

/** Mode (或签 / 会签), where a rejection goes, and whether a comment is required. */
export function ApprovalSettings({
  node,
  run,
}: {
  readonly node: FlowNode;
  readonly run: RunCommand;
}) {
  const t = useFlowsT();
  const patch = (values: Record<string, unknown>) =>
    run(updateNodeConfig({ nodeId: node.id, patch: values }));
  const mode = oneOf(modes, node.config['mode'], 'any');
  const rejectTo = oneOf(rejectTargets, node.config['rejectTo'], 'initiator');

  return (
    <>
      <Form.Item label={t('panel.mode')}>
        <Radio.Group
          aria-label={t('panel.mode')}
          value={mode}
          onChange={(event) => patch({ mode: oneOf(modes, event.target.value, 'any') })}
          options={modes.map((value) => ({ value, label: t(`panel.modes.${value}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('panel.rejectTo')} htmlFor="panel-reject-to">
        <Select
          id="panel-reject-to"
          value={rejectTo}
          onChange={(value) => patch({ rejectTo: value })}
          options={rejectTargets.map((value) => ({
            value,
            label: t(`panel.rejectTargets.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('panel.commentRequired')} htmlFor="panel-comment-required">
        <Switch
          id="panel-comment-required"
          checked={node.config['commentRequired'] === true}
          onChange={(checked) => patch({ commentRequired: checked })}
        />
      </Form.Item>
    </>
  );
}
