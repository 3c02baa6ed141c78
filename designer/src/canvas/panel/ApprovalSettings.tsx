import { Form, InputNumber, Radio, Select } from 'antd';
import { updateNodeConfig, type FlowNode, type FlowPolicies } from '@baton/schemas';
import { useMarkDisabled } from '../../forms/org/use-org-names.ts';
import { useLocale } from '../../i18n/index.ts';
import type { OrgInfo } from '../approver-summary.ts';
import type { RunCommand } from '../selection.ts';
import {
  modePatch,
  modes,
  readApprovalSettings,
  rejectTargets,
  rejectWhenPatch,
  rejectWhens,
  wholePercent,
  type ApprovalSettingsValue,
  type ConfigPatch,
} from './approval-settings.ts';
import { describeMode, describeRejectPolicy } from './approval-words.ts';
import { Choices } from './choices.tsx';
import { usePeopleOptions } from './RuleFields.tsx';
import { useRulesT } from './rules-i18n.ts';
import { StaffingSettings } from './StaffingSettings.tsx';

type SectionProps = {
  readonly settings: ApprovalSettingsValue;
  readonly org: OrgInfo;
  readonly patch: (values: ConfigPatch) => void;
};

function PercentInput(props: {
  readonly id: string;
  readonly label: string;
  readonly value: number | undefined;
  readonly onChange: (value: number) => void;
}) {
  return (
    <Form.Item label={props.label} htmlFor={props.id}>
      <InputNumber
        id={props.id}
        min={1}
        max={100}
        precision={0}
        suffix="%"
        value={props.value ?? null}
        onChange={(value) => {
          const whole = wholePercent(value);
          if (whole !== undefined && whole !== props.value) props.onChange(whole);
        }}
      />
    </Form.Item>
  );
}

/** The policy in plain words: how the step is approved and what rejections do. */
function PolicyWords({ settings, org }: Pick<SectionProps, 'settings' | 'org'>) {
  const t = useRulesT();
  const locale = useLocale();
  const markDisabled = useMarkDisabled();
  const nameOf = (id: string) => {
    const user = org.users.find((candidate) => candidate.id === id);
    if (!user) return id;

    return user.disabled === true ? markDisabled(user.name) : user.name;
  };
  const names = (ids: readonly string[]) => ids.map(nameOf).join(locale === 'en' ? ', ' : '、');
  const sentences = [describeMode(settings, t), ...describeRejectPolicy(settings, { t, names })];

  return (
    <section className="baton-policy-words" aria-label={t('settings.policy')} aria-live="polite">
      <strong>{t('settings.policy')}</strong>
      <ul>
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}

function ModeSection({ settings, patch }: SectionProps) {
  const t = useRulesT();

  return (
    <>
      <Form.Item label={t('settings.mode')}>
        <Radio.Group
          aria-label={t('settings.mode')}
          value={settings.mode}
          onChange={(event) => {
            const mode = modes.find((value) => value === event.target.value) ?? 'any';
            patch(modePatch(mode, settings));
          }}
          options={modes.map((value) => ({ value, label: t(`settings.modes.${value}`) }))}
        />
      </Form.Item>
      {settings.mode === 'percentage' && (
        <PercentInput
          id="panel-percent"
          label={t('settings.percent')}
          value={settings.percent}
          onChange={(percent) => patch({ percent })}
        />
      )}
    </>
  );
}

function RejectSection({ settings, org, patch }: SectionProps) {
  const t = useRulesT();
  const people = usePeopleOptions(org);

  return (
    <>
      <Form.Item label={t('settings.rejectTo')} htmlFor="panel-reject-to">
        <Select
          id="panel-reject-to"
          value={settings.rejectTo}
          onChange={(rejectTo) => patch({ rejectTo })}
          options={rejectTargets.map((value) => ({
            value,
            label: t(`settings.rejectTargets.${value}`),
          }))}
        />
      </Form.Item>
      {settings.mode === 'percentage' && (
        <Form.Item label={t('settings.rejectWhen')} htmlFor="panel-reject-when">
          <Select
            id="panel-reject-when"
            value={settings.rejectWhen}
            onChange={(value) => patch(rejectWhenPatch(value, settings))}
            options={rejectWhens.map((value) => ({
              value,
              label: t(`settings.rejectWhens.${value}`),
            }))}
          />
        </Form.Item>
      )}
      {settings.mode === 'percentage' && settings.rejectWhen === 'threshold' && (
        <PercentInput
          id="panel-reject-percent"
          label={t('settings.rejectPercent')}
          value={settings.rejectPercent}
          onChange={(rejectPercent) => patch({ rejectPercent })}
        />
      )}
      <Choices
        id="panel-veto"
        label={t('settings.veto')}
        extra={t('settings.vetoHelp')}
        value={settings.vetoUserIds}
        options={people(settings.vetoUserIds)}
        onChange={(vetoUserIds) => patch({ vetoUserIds })}
      />
    </>
  );
}

/**
 * How an approval step decides (或签 / 会签 / 依次 / 按比例), what rejections do, shown in plain
 * words, and the staffing edge cases. Each change is one `updateNodeConfig` command.
 */
export function ApprovalSettings(props: {
  readonly node: FlowNode;
  readonly org: OrgInfo;
  readonly policies: FlowPolicies | undefined;
  readonly run: RunCommand;
}) {
  const { node, org, run } = props;
  const settings = readApprovalSettings(node.config);
  const patch = (values: ConfigPatch) => run(updateNodeConfig({ nodeId: node.id, patch: values }));

  return (
    <>
      <ModeSection settings={settings} org={org} patch={patch} />
      <RejectSection settings={settings} org={org} patch={patch} />
      <PolicyWords settings={settings} org={org} />
      <StaffingSettings
        settings={settings}
        org={org}
        patch={patch}
        selfApprovalAllowed={props.policies?.allowSelfApproval === true}
      />
    </>
  );
}
