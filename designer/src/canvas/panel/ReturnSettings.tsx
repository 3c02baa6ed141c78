import { Checkbox, Form, Radio, Switch, Typography } from 'antd';
import { updateNodeConfig, type FlowNode } from '@baton/schemas';
import type { RunCommand } from '../selection.ts';
import { useDeadlinesT } from './deadline-i18n.ts';
import {
  readReturnSettings,
  resubmitModes,
  returnTargets,
  returnToPatch,
} from './deadline-settings.ts';

/**
 * Where approvers of the step may send the request back, how a resubmission continues, and
 * whether the inbox may approve the step's tasks in a batch. Each change is one command.
 */
export function ReturnSettings(props: { readonly node: FlowNode; readonly run: RunCommand }) {
  const { node, run } = props;
  const t = useDeadlinesT();
  const settings = readReturnSettings(node.config);
  const patch = (values: Record<string, unknown>) =>
    run(updateNodeConfig({ nodeId: node.id, patch: values }));

  return (
    <fieldset className="baton-panel__group">
      <legend>{t('returns.title')}</legend>
      <Form.Item label={t('returns.targets')}>
        <Checkbox.Group
          aria-label={t('returns.targets')}
          value={[...settings.returnTo]}
          onChange={(chosen) => patch(returnToPatch(chosen.map(String)))}
          options={returnTargets.map((value) => ({
            value,
            label: t(`returns.targetOptions.${value}`),
          }))}
        />
        {settings.returnTo.length === 0 && (
          <Typography.Paragraph type="secondary">{t('returns.noTargets')}</Typography.Paragraph>
        )}
      </Form.Item>
      <Form.Item label={t('returns.resubmit')}>
        <Radio.Group
          aria-label={t('returns.resubmit')}
          value={settings.resubmit}
          onChange={(event) => {
            const resubmit = resubmitModes.find((mode) => mode === event.target.value);
            if (resubmit) patch({ resubmit });
          }}
          options={resubmitModes.map((value) => ({
            value,
            label: t(`returns.resubmitOptions.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('returns.batch')} htmlFor="panel-batch-approve">
        <Switch
          id="panel-batch-approve"
          checked={settings.batchApprove}
          onChange={(batchApprove) => patch({ batchApprove })}
        />
      </Form.Item>
    </fieldset>
  );
}
