import { Descriptions, Form, Typography } from 'antd';
import {
  getNodeKind,
  renameNode,
  resolveText,
  updateNodeConfig,
  type FlowBundle,
  type FlowNode,
} from '@baton/schemas';
import { useFlowsT } from '../../flows/i18n.ts';
import { useLocale } from '../../i18n/index.ts';
import { peopleKey, type OrgInfo } from '../approver-summary.ts';
import type { RunCommand } from '../selection.ts';
import { ApprovalSettings } from './ApprovalSettings.tsx';
import { DeadlineSettings } from './DeadlineSettings.tsx';
import { kindPanelOf } from './kind-panels.ts';
import { ReturnSettings } from './ReturnSettings.tsx';
import { readDraftRules, recipientRuleKinds, ruleKinds } from './draft-rules.ts';
import { I18nTextFields } from './I18nTextFields.tsx';
import { RulesEditor } from './RulesEditor.tsx';

/** Name, people and settings of one node; each change is one command. */
export function NodeProperties(props: {
  readonly bundle: FlowBundle;
  readonly node: FlowNode;
  readonly org: OrgInfo;
  readonly run: RunCommand;
}) {
  const { bundle, node, org, run } = props;
  const t = useFlowsT();
  const locale = useLocale();
  const kind = getNodeKind(node.type);
  const key = peopleKey(node.type);
  const forApproval = key === 'approvers';
  const KindPanel = kindPanelOf(node.type);

  return (
    <Form layout="vertical" className="baton-panel__form" component="div">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('panel.kind')}>
          {kind ? resolveText(kind.label, locale) : node.type}
        </Descriptions.Item>
        <Descriptions.Item label={t('panel.nodeId')}>
          <Typography.Text code>{node.id}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <I18nTextFields
        idPrefix="panel-node-name"
        value={node.name}
        labels={{ zh: t('panel.nodeNameZh'), en: t('panel.nodeNameEn') }}
        onCommit={(name) => run(renameNode({ nodeId: node.id, name }))}
      />
      {key && (
        <fieldset className="baton-panel__group">
          <legend>{t(forApproval ? 'panel.approvers' : 'panel.recipients')}</legend>
          <RulesEditor
            key={node.id}
            nodeId={node.id}
            path={[key]}
            idPrefix={`panel-${key}`}
            rules={readDraftRules(node.config[key])}
            org={org}
            form={bundle.form}
            kinds={forApproval ? ruleKinds : recipientRuleKinds}
            labels={{
              kind: t(forApproval ? 'panel.ruleKind' : 'panel.recipientKind'),
              role: t(forApproval ? 'panel.role' : 'panel.recipientRole'),
              users: t(forApproval ? 'panel.users' : 'panel.recipientUsers'),
              add: t(forApproval ? 'panel.addRule' : 'panel.addRecipient'),
            }}
            onCommit={(rules) =>
              run(updateNodeConfig({ nodeId: node.id, patch: { [key]: rules } }))
            }
          />
        </fieldset>
      )}
      {kind?.capabilities.needsAssignees && (
        <>
          <ApprovalSettings node={node} org={org} policies={bundle.flow.policies} run={run} />
          <ReturnSettings node={node} run={run} />
          <DeadlineSettings node={node} org={org} run={run} />
        </>
      )}
      {KindPanel && <KindPanel bundle={bundle} node={node} run={run} />}
      {!key && !kind?.capabilities.needsAssignees && !KindPanel && (
        <Typography.Paragraph type="secondary">{t('panel.noConfig')}</Typography.Paragraph>
      )}
    </Form>
  );
}
