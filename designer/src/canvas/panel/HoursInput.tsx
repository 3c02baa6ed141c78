import { Form } from 'antd';
import { useState } from 'react';
import { CommitInput } from './CommitInput.tsx';
import { useDeadlinesT } from './deadline-i18n.ts';
import { hoursToMinutes, minutesToHours } from './deadline-settings.ts';

/**
 * Hours typed as a decimal ("1.5") and stored as whole minutes: the help under the input says
 * how many minutes the text makes, or why it cannot be saved. Commits once, on blur or Enter.
 */
export function HoursInput(props: {
  readonly id: string;
  readonly label: string;
  readonly minutes: number;
  readonly onCommit: (minutes: number) => void;
}) {
  const t = useDeadlinesT();
  const [draft, setDraft] = useState<number | undefined>(props.minutes);
  const bad = draft === undefined;

  return (
    <Form.Item
      label={props.label}
      htmlFor={props.id}
      validateStatus={bad ? 'error' : ''}
      help={bad ? t('deadline.hoursInvalid') : t('deadline.hoursHelp', { minutes: draft })}
    >
      <CommitInput
        id={props.id}
        value={minutesToHours(props.minutes)}
        syncKey={props.minutes}
        status={bad ? 'error' : ''}
        onDraft={(text) => setDraft(hoursToMinutes(text))}
        onCommit={(text) => {
          const minutes = hoursToMinutes(text);
          if (minutes !== undefined && minutes !== props.minutes) props.onCommit(minutes);
        }}
      />
    </Form.Item>
  );
}
