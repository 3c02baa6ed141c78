import { Button, Form, InputNumber, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import {
  FlowPolicies,
  resolveText,
  updateFlowPolicies,
  type FlowBundle,
  type PoliciesPatch,
} from '@baton/schemas';
import { useFlowsT } from '../../flows/i18n.ts';
import { useLocale } from '../../i18n/index.ts';
import type { RunCommand } from '../selection.ts';
import { ActionPolicies } from './ActionPolicies.tsx';
import { Choice } from './choices.tsx';
import { CommitInput } from './CommitInput.tsx';
import { AMOUNT_FIELD_TYPES, fieldChoices } from './field-choices.ts';

type MinRow = FlowPolicies['minApprovers'][number];

const DEDUPE = ['none', 'consecutive', 'anywhere'] as const;
const DECIMAL = /^\d+(\.\d+)?$/;
const DEFAULTS = FlowPolicies.parse({});

function AtLeastInput(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** The row being edited: an undo that changes it shows the stored amount again. */
  readonly row: MinRow;
  readonly onCommit: (value: string) => void;
}) {
  const t = useFlowsT();
  const [bad, setBad] = useState(false);

  return (
    <Form.Item
      label={props.label}
      htmlFor={props.id}
      validateStatus={bad ? 'error' : ''}
      help={bad ? t('flowSettings.atLeastInvalid') : undefined}
    >
      <CommitInput
        id={props.id}
        value={props.value}
        syncKey={props.row}
        status={bad ? 'error' : ''}
        onDraft={(text) => setBad(!DECIMAL.test(text.trim()))}
        onCommit={(text) => DECIMAL.test(text.trim()) && props.onCommit(text.trim())}
      />
    </Form.Item>
  );
}

/** "金额达到 N 时至少 M 位不同的人审批" rows, each checked before it is written. */
function MinApproversRows(props: {
  readonly bundle: FlowBundle;
  readonly rows: readonly MinRow[];
  readonly onCommit: (rows: MinRow[]) => void;
}) {
  const { rows, onCommit } = props;
  const t = useFlowsT();
  const locale = useLocale();
  const fields = fieldChoices(props.bundle.form, AMOUNT_FIELD_TYPES, locale);
  const name = (key: string) => fields.find((field) => field.value === key)?.label ?? key;
  const set = (index: number, patch: Partial<MinRow>) =>
    onCommit(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const [first] = fields;

  return (
    <fieldset className="baton-panel__group">
      <legend>{t('flowSettings.minApprovers')}</legend>
      {rows.map((row, index) => (
        <div key={index} className="baton-rule">
          <Choice
            id={`flow-min-${index}-field`}
            label={t('flowSettings.minField', { index: index + 1 })}
            value={row.field}
            options={fields}
            onChange={(field) => set(index, { field })}
          />
          <AtLeastInput
            id={`flow-min-${index}-at-least`}
            label={t('flowSettings.minAtLeast', { index: index + 1 })}
            value={row.atLeast}
            row={row}
            onCommit={(atLeast) => set(index, { atLeast })}
          />
          <Form.Item
            label={t('flowSettings.minCount', { index: index + 1 })}
            htmlFor={`flow-min-${index}-count`}
          >
            <InputNumber
              id={`flow-min-${index}-count`}
              min={2}
              max={50}
              precision={0}
              value={row.approvers}
              onChange={(approvers) => approvers !== null && set(index, { approvers })}
            />
          </Form.Item>
          <Typography.Paragraph type="secondary">
            {t('flowSettings.minWords', {
              field: name(row.field),
              atLeast: row.atLeast,
              count: row.approvers,
            })}
          </Typography.Paragraph>
          <Button
            size="small"
            danger
            onClick={() => onCommit(rows.filter((_, at) => at !== index))}
          >
            {t('flowSettings.removeMin', { index: index + 1 })}
          </Button>
        </div>
      ))}
      {first ? (
        <Button
          size="small"
          onClick={() =>
            onCommit([...rows, { field: first.value, atLeast: '50000', approvers: 2 }])
          }
        >
          {t('flowSettings.addMin')}
        </Button>
      ) : (
        <Typography.Paragraph type="secondary">
          {t('flowSettings.noAmountFields')}
        </Typography.Paragraph>
      )}
    </fieldset>
  );
}

/**
 * The flow's own settings, shown when nothing is selected: separation-of-duties policies and
 * the rules for withdrawing, urging and delegation caps.
 * Each change is one `updateFlowPolicies` command.
 */
export function FlowSettings(props: { readonly bundle: FlowBundle; readonly run: RunCommand }) {
  const { bundle, run } = props;
  const t = useFlowsT();
  const locale = useLocale();
  const policies = bundle.flow.policies ?? DEFAULTS;
  const patch = (values: PoliciesPatch) => run(updateFlowPolicies({ patch: values }));

  return (
    <Form layout="vertical" className="baton-panel__form" component="div">
      <Typography.Paragraph type="secondary">
        {resolveText(bundle.flow.name, locale)} · {t('flowSettings.hint')}
      </Typography.Paragraph>
      <Form.Item label={t('flowSettings.dedupe')} htmlFor="flow-dedupe">
        <Select
          id="flow-dedupe"
          value={policies.dedupe}
          onChange={(dedupe) => patch({ dedupe })}
          options={DEDUPE.map((value) => ({
            value,
            label: t(`flowSettings.dedupeOptions.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('flowSettings.distinctApprovers')}
        htmlFor="flow-distinct"
        extra={t('flowSettings.distinctHelp')}
      >
        <Switch
          id="flow-distinct"
          checked={policies.distinctApprovers}
          onChange={(distinctApprovers) => patch({ distinctApprovers })}
        />
      </Form.Item>
      <Form.Item label={t('flowSettings.allowSelfApproval')} htmlFor="flow-self-approval">
        <Switch
          id="flow-self-approval"
          checked={policies.allowSelfApproval}
          onChange={(allowSelfApproval) => patch({ allowSelfApproval })}
        />
      </Form.Item>
      <MinApproversRows
        bundle={bundle}
        rows={policies.minApprovers}
        onCommit={(minApprovers) => patch({ minApprovers })}
      />
      <ActionPolicies bundle={bundle} policies={policies} patch={patch} />
    </Form>
  );
}
