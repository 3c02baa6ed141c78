import { Form, Select, Switch } from 'antd';
import type { OrgInfo } from '../approver-summary.ts';
import {
  ifNobodyPatch,
  initiatorPolicies,
  nobodyPolicies,
  type ApprovalSettingsValue,
  type ConfigPatch,
} from './approval-settings.ts';
import { Choice } from './choices.tsx';
import { usePeopleOptions } from './RuleFields.tsx';
import { useRulesT } from './rules-i18n.ts';

/**
 * What a step does when its rules choose nobody, when the initiator is among its approvers, and
 * whether a comment is required.
 */
export function StaffingSettings(props: {
  readonly settings: ApprovalSettingsValue;
  readonly org: OrgInfo;
  readonly patch: (values: ConfigPatch) => void;
  /** The flow's policies allow self-approval: `act` takes effect. */
  readonly selfApprovalAllowed: boolean;
}) {
  const { settings, org, patch } = props;
  const t = useRulesT();
  const people = usePeopleOptions(org);
  const actIgnored = settings.initiator === 'act' && !props.selfApprovalAllowed;

  return (
    <>
      <Form.Item label={t('settings.ifNobody')} htmlFor="panel-if-nobody">
        <Select
          id="panel-if-nobody"
          value={settings.ifNobody}
          onChange={(value) => patch(ifNobodyPatch(value))}
          options={nobodyPolicies.map((value) => ({
            value,
            label: t(`settings.ifNobodyOptions.${value}`),
          }))}
        />
      </Form.Item>
      {settings.ifNobody === 'user' && (
        <Choice
          id="panel-fallback-user"
          label={t('settings.fallbackUser')}
          value={settings.fallbackUserId}
          options={people(settings.fallbackUserId ? [settings.fallbackUserId] : [])}
          onChange={(fallbackUserId) => patch({ fallbackUserId })}
        />
      )}
      <Form.Item
        label={t('settings.initiator')}
        htmlFor="panel-initiator"
        validateStatus={actIgnored ? 'warning' : ''}
        help={actIgnored ? t('settings.actNeedsPolicy') : undefined}
      >
        <Select
          id="panel-initiator"
          value={settings.initiator}
          onChange={(initiator) => patch({ initiator })}
          options={initiatorPolicies.map((value) => ({
            value,
            label: t(`settings.initiatorOptions.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('settings.commentRequired')} htmlFor="panel-comment-required">
        <Switch
          id="panel-comment-required"
          checked={settings.commentRequired}
          onChange={(checked) => patch({ commentRequired: checked })}
        />
      </Form.Item>
    </>
  );
}
