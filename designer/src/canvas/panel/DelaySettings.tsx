import { Alert, Form, InputNumber, Radio, Typography } from 'antd';
import { useState } from 'react';
import { updateNodeConfig, type FlowBundle, type FlowNode } from '@baton/schemas';
import { useLocale } from '../../i18n/index.ts';
import type { RunCommand } from '../selection.ts';
import { Choice } from './choices.tsx';
import { CommitInput } from './CommitInput.tsx';
import { useDeadlinesT } from './deadline-i18n.ts';
import { deadlineTimes, splitMinutes } from './deadline-settings.ts';
import {
  delayKinds,
  isClock,
  joinMinutes,
  readDelay,
  switchWait,
  type DelayWait,
  type DurationWait,
  type FieldWait,
} from './delay-settings.ts';
import { fieldChoices } from './field-choices.ts';

function DurationFields(props: {
  readonly wait: DurationWait;
  readonly onChange: (wait: DelayWait) => void;
}) {
  const { wait, onChange } = props;
  const t = useDeadlinesT();
  const parts = splitMinutes(wait.minutes);
  const [bad, setBad] = useState(false);
  const set = (hours: number | null, minutes: number | null) => {
    const total = joinMinutes(hours, minutes);
    setBad(total === undefined);
    if (total !== undefined && total !== wait.minutes) onChange({ ...wait, minutes: total });
  };

  return (
    <>
      <div className="baton-panel__row">
        <Form.Item label={t('delay.hours')} htmlFor="panel-delay-hours">
          <InputNumber
            id="panel-delay-hours"
            min={0}
            max={87_600}
            precision={0}
            value={parts.hours}
            onChange={(hours) => set(hours, parts.minutes)}
          />
        </Form.Item>
        <Form.Item label={t('delay.minutes')} htmlFor="panel-delay-minutes">
          <InputNumber
            id="panel-delay-minutes"
            min={0}
            max={59}
            precision={0}
            value={parts.minutes}
            onChange={(minutes) => set(parts.hours, minutes)}
          />
        </Form.Item>
      </div>
      {bad && <Typography.Text type="danger">{t('delay.durationInvalid')}</Typography.Text>}
      <Form.Item label={t('delay.time')}>
        <Radio.Group
          aria-label={t('delay.time')}
          value={wait.time}
          onChange={(event) => {
            const time = deadlineTimes.find((value) => value === event.target.value);
            if (time) onChange({ ...wait, time });
          }}
          options={deadlineTimes.map((value) => ({
            value,
            label: t(`deadline.times.${value}`),
          }))}
        />
      </Form.Item>
    </>
  );
}

function FieldWaitFields(props: {
  readonly wait: FieldWait;
  readonly fields: readonly { value: string; label: string }[];
  readonly onChange: (wait: DelayWait) => void;
}) {
  const { wait, fields, onChange } = props;
  const t = useDeadlinesT();
  const [bad, setBad] = useState(false);

  return (
    <>
      {fields.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('delay.noDateFields')}</Typography.Paragraph>
      ) : (
        <Choice
          id="panel-delay-field"
          label={t('delay.field')}
          value={wait.field === '' ? undefined : wait.field}
          options={fields}
          onChange={(field) => onChange({ ...wait, field })}
        />
      )}
      <Form.Item
        label={t('delay.atTime')}
        htmlFor="panel-delay-at"
        validateStatus={bad ? 'error' : ''}
        help={bad ? t('delay.atTimeInvalid') : t('delay.atTimeHelp')}
      >
        <CommitInput
          id="panel-delay-at"
          value={wait.atTime}
          placeholder="09:00"
          status={bad ? 'error' : ''}
          onDraft={(text) => setBad(!isClock(text.trim()))}
          onCommit={(text) => isClock(text.trim()) && onChange({ ...wait, atTime: text.trim() })}
        />
      </Form.Item>
    </>
  );
}

/**
 * A delay node's wait: a duration (hours and minutes, calendar or working time), or until a
 * date field of the form at a time of day. Each change replaces `wait` with one command.
 */
export function DelaySettings(props: {
  readonly bundle: FlowBundle;
  readonly node: FlowNode;
  readonly run: RunCommand;
}) {
  const { bundle, node, run } = props;
  const t = useDeadlinesT();
  const locale = useLocale();
  const { wait } = readDelay(node.config);
  const fields = fieldChoices(bundle.form, ['date'], locale);
  const save = (next: DelayWait) =>
    run(updateNodeConfig({ nodeId: node.id, patch: { wait: next } }));

  return (
    <fieldset className="baton-panel__group">
      <legend>{t('delay.title')}</legend>
      <Form.Item label={t('delay.wait')}>
        <Radio.Group
          aria-label={t('delay.wait')}
          value={wait.kind}
          onChange={(event) => {
            const kind = delayKinds.find((value) => value === event.target.value);
            if (kind) save(switchWait(kind, wait, fields[0]?.value));
          }}
          options={delayKinds.map((value) => ({ value, label: t(`delay.waits.${value}`) }))}
        />
      </Form.Item>
      {wait.kind === 'duration' ? (
        <DurationFields wait={wait} onChange={save} />
      ) : (
        <FieldWaitFields wait={wait} fields={fields} onChange={save} />
      )}
      <Alert type="info" showIcon title={t('delay.help')} />
    </fieldset>
  );
}
