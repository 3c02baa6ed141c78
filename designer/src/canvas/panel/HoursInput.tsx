import { Form } from 'antd';
import { useState } from 'react';
import { CommitInput } from './CommitInput.tsx';
import { useDeadlinesT } from './deadline-i18n.ts';
import { MAX_HOURS, minutesToHours, readHours, type HoursProblem } from './deadline-settings.ts';

/** The message for each reason typed hours cannot be saved (namespace `deadlines`). */
const PROBLEM_KEYS: Readonly<Record<HoursProblem, string>> = {
  comma: 'deadline.hoursComma',
  notNumber: 'deadline.hoursInvalid',
  tooSmall: 'deadline.hoursTooSmall',
  tooLarge: 'deadline.hoursTooLarge',
};

/**
 * Hours typed as a decimal ("1.5") and stored as whole minutes: the help under the input says
 * how many minutes the text makes, or why it cannot be saved (a comma, under a minute, over
 * the limit: see `readHours`). Commits once, on blur or Enter.
 */
export function HoursInput(props: {
  readonly id: string;
  readonly label: string;
  readonly minutes: number;
  readonly onCommit: (minutes: number) => void;
}) {
  const t = useDeadlinesT();
  const [draft, setDraft] = useState<ReturnType<typeof readHours>>({ minutes: props.minutes });
  const bad = 'problem' in draft;

  return (
    <Form.Item
      label={props.label}
      htmlFor={props.id}
      validateStatus={bad ? 'error' : ''}
      help={
        'problem' in draft
          ? t(PROBLEM_KEYS[draft.problem], { max: MAX_HOURS })
          : t('deadline.hoursHelp', { minutes: draft.minutes })
      }
    >
      <CommitInput
        id={props.id}
        value={minutesToHours(props.minutes)}
        syncKey={props.minutes}
        status={bad ? 'error' : ''}
        onDraft={(text) => setDraft(readHours(text))}
        onCommit={(text) => {
          const read = readHours(text);
          if ('minutes' in read && read.minutes !== props.minutes) props.onCommit(read.minutes);
        }}
      />
    </Form.Item>
  );
}
