import { Form, InputNumber, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import {
  checkExpression,
  formScope,
  getNodeKind,
  updateEdge,
  type FlowBundle,
  type FlowEdge,
} from '@baton/schemas';
import { useFlowsT } from '../../flows/i18n.ts';
import { useLocale } from '../../i18n/index.ts';
import type { RunCommand } from '../selection.ts';
import { CommitInput } from './CommitInput.tsx';
import { I18nTextFields } from './I18nTextFields.tsx';

function useConditionCheck(bundle: FlowBundle, source: string) {
  const locale = useLocale();
  const scope = formScope(bundle.form);
  if (source.trim() === '') return undefined;
  const check = checkExpression(source, scope, { expected: 'boolean', locale });

  return check.ok ? null : check.issues.map((issue) => issue.message).join('; ');
}

/**
 * A branch lane's condition (checked live against the form as the user types), priority and
 * default flag, and its label. Plain edges have nothing to set.
 */
export function EdgeProperties(props: {
  readonly bundle: FlowBundle;
  readonly edge: FlowEdge;
  readonly run: RunCommand;
}) {
  const { bundle, edge, run } = props;
  const t = useFlowsT();
  const [draft, setDraft] = useState(edge.condition ?? '');
  useEffect(() => setDraft(edge.condition ?? ''), [edge.condition]);
  const problem = useConditionCheck(bundle, draft);
  const source = bundle.flow.nodes.find((node) => node.id === edge.source);
  const branches = source ? getNodeKind(source.type)?.capabilities.exclusiveBranch : false;
  const patch = (values: Parameters<typeof updateEdge>[0]['patch']) =>
    run(updateEdge({ edgeId: edge.id, patch: values }));

  if (!branches)
    return <Typography.Paragraph type="secondary">{t('panel.notBranch')}</Typography.Paragraph>;

  return (
    <Form layout="vertical" className="baton-panel__form" component="div">
      <Form.Item
        label={t('panel.condition')}
        htmlFor="panel-edge-condition"
        validateStatus={problem ? 'error' : problem === null ? 'success' : ''}
        help={
          <span id="panel-edge-condition-help" role={problem ? 'alert' : undefined}>
            {problem ?? (problem === null ? t('panel.conditionOk') : '')}
          </span>
        }
      >
        <CommitInput
          id="panel-edge-condition"
          value={edge.condition ?? ''}
          placeholder={t('panel.conditionPlaceholder')}
          status={problem ? 'error' : ''}
          aria-describedby="panel-edge-condition-help"
          onDraft={setDraft}
          onCommit={(text) => patch({ condition: text.trim() === '' ? null : text.trim() })}
        />
      </Form.Item>
      <Form.Item
        label={t('panel.priority')}
        htmlFor="panel-edge-priority"
        extra={t('panel.priorityHelp')}
      >
        <InputNumber
          id="panel-edge-priority"
          min={0}
          precision={0}
          value={edge.priority ?? null}
          onChange={(value) => patch({ priority: value ?? null })}
        />
      </Form.Item>
      <Form.Item label={t('panel.isDefault')} htmlFor="panel-edge-default">
        <Switch
          id="panel-edge-default"
          checked={edge.isDefault === true}
          onChange={(checked) => patch({ isDefault: checked ? true : null })}
        />
      </Form.Item>
      <I18nTextFields
        idPrefix="panel-edge-label"
        value={edge.label}
        labels={{ zh: t('panel.edgeLabelZh'), en: t('panel.edgeLabelEn') }}
        onCommit={(label) => patch({ label })}
        onClear={() => patch({ label: null })}
      />
    </Form>
  );
}
