import { Form, InputNumber, Radio, Select, Switch } from 'antd';
import { updateNodeConfig, type FlowNode } from '@baton/schemas';
import { useMarkDisabled } from '../../forms/org/use-org-names.ts';
import type { OrgInfo } from '../approver-summary.ts';
import type { RunCommand } from '../selection.ts';
import { Choice } from './choices.tsx';
import { useDeadlinesT } from './deadline-i18n.ts';
import {
  DEFAULT_REMIND,
  DEFAULT_TIMEOUT,
  deadlineTimes,
  readDeadline,
  timeoutChoiceOf,
  timeoutChoices,
  timeoutFor,
  withDeadline,
  type Remind,
  type Timeout,
} from './deadline-settings.ts';
import { describeDeadline } from './deadline-words.ts';
import { HoursInput } from './HoursInput.tsx';
import { usePeopleOptions } from './RuleFields.tsx';
import { useWorkdayMinutes } from './use-workday-minutes.ts';

type Patch = Parameters<typeof withDeadline>[1];

function TimeoutFields(props: {
  readonly timeout: Timeout;
  readonly org: OrgInfo;
  readonly onChange: (timeout: Timeout) => void;
}) {
  const { timeout, org, onChange } = props;
  const t = useDeadlinesT();
  const people = usePeopleOptions(org);
  const choice = timeoutChoiceOf(timeout);

  return (
    <>
      <HoursInput
        id="panel-timeout-after"
        label={t('deadline.timeoutAfter')}
        minutes={timeout.afterMinutes}
        onCommit={(afterMinutes) => onChange({ ...timeout, afterMinutes })}
      />
      <Form.Item label={t('deadline.action')} htmlFor="panel-timeout-action">
        <Select
          id="panel-timeout-action"
          value={choice}
          onChange={(next) => onChange(timeoutFor(next, timeout))}
          options={timeoutChoices.map((value) => ({
            value,
            label: t(`deadline.actions.${value}`),
          }))}
        />
      </Form.Item>
      {choice === 'user' && (
        <Choice
          id="panel-timeout-user"
          label={t('deadline.escalateUser')}
          extra={timeout.userId === undefined ? t('deadline.escalateUserMissing') : undefined}
          value={timeout.userId}
          options={people(timeout.userId === undefined ? [] : [timeout.userId])}
          onChange={(userId) => onChange({ ...timeout, userId })}
        />
      )}
    </>
  );
}

function RemindFields(props: { readonly remind: Remind; readonly onChange: (r: Remind) => void }) {
  const { remind, onChange } = props;
  const t = useDeadlinesT();

  return (
    <>
      <HoursInput
        id="panel-remind-every"
        label={t('deadline.remindEvery')}
        minutes={remind.everyMinutes}
        onCommit={(everyMinutes) => onChange({ ...remind, everyMinutes })}
      />
      <Form.Item label={t('deadline.remindTimes')} htmlFor="panel-remind-times">
        <InputNumber
          id="panel-remind-times"
          min={1}
          max={100}
          precision={0}
          value={remind.times}
          onChange={(times) => {
            if (times !== null && times !== remind.times) onChange({ ...remind, times });
          }}
        />
      </Form.Item>
    </>
  );
}

/**
 * Reminders and a timeout for the step's open tasks, counted in calendar or working time, with
 * the result in plain words. Hours may be decimals; the config keeps whole minutes.
 */
export function DeadlineSettings(props: {
  readonly node: FlowNode;
  readonly org: OrgInfo;
  readonly run: RunCommand;
}) {
  const { node, org, run } = props;
  const t = useDeadlinesT();
  const workday = useWorkdayMinutes();
  const markDisabled = useMarkDisabled();
  const deadline = readDeadline(node.config);
  const change = (patch: Patch) =>
    run(updateNodeConfig({ nodeId: node.id, patch: withDeadline(deadline, patch) }));
  const nameOf = (id: string) => {
    const user = org.users.find((candidate) => candidate.id === id);
    if (!user) return id;

    return user.disabled === true ? markDisabled(user.name) : user.name;
  };
  const summary = describeDeadline(deadline, {
    t,
    nameOf,
    ...(workday !== undefined && { workdayMinutes: workday }),
  });

  return (
    <fieldset className="baton-panel__group">
      <legend>{t('deadline.title')}</legend>
      <Form.Item label={t('deadline.remind')} htmlFor="panel-remind">
        <Switch
          id="panel-remind"
          checked={deadline?.remind !== undefined}
          onChange={(on) => change({ remind: on ? DEFAULT_REMIND : null })}
        />
      </Form.Item>
      {deadline?.remind && (
        <RemindFields remind={deadline.remind} onChange={(remind) => change({ remind })} />
      )}
      <Form.Item label={t('deadline.timeout')} htmlFor="panel-timeout">
        <Switch
          id="panel-timeout"
          checked={deadline?.timeout !== undefined}
          onChange={(on) => change({ timeout: on ? DEFAULT_TIMEOUT : null })}
        />
      </Form.Item>
      {deadline?.timeout && (
        <TimeoutFields
          timeout={deadline.timeout}
          org={org}
          onChange={(timeout) => change({ timeout })}
        />
      )}
      {deadline && (
        <Form.Item label={t('deadline.time')}>
          <Radio.Group
            aria-label={t('deadline.time')}
            value={deadline.time}
            onChange={(event) => {
              const time = deadlineTimes.find((value) => value === event.target.value);
              if (time) change({ time });
            }}
            options={deadlineTimes.map((value) => ({
              value,
              label: t(`deadline.times.${value}`),
            }))}
          />
        </Form.Item>
      )}
      <section className="baton-policy-words" aria-label={t('deadline.summary')} aria-live="polite">
        <strong>{t('deadline.summary')}</strong>
        <p>{summary ?? t('deadline.none')}</p>
      </section>
    </fieldset>
  );
}
