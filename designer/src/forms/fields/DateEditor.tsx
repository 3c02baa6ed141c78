import { Input, type InputProps } from 'antd';
import { asText } from '../decimal-text.ts';
import { a11yProps, emptyToUndefined, type EditorProps, type FieldOf } from './editor-props.ts';

type DayInputProps = Omit<InputProps, 'value' | 'onChange'> & {
  readonly value: string;
  readonly invalid: boolean;
  readonly onChange: (day: string | undefined) => void;
};

/**
 * A calendar day as `YYYY-MM-DD`. The browser's own date input gives exactly that string, in
 * the user's calendar, with no time zone to shift the day.
 */
export function DayInput({ value, invalid, onChange, ...rest }: DayInputProps) {
  return (
    <Input
      {...rest}
      type="date"
      className="baton-number"
      value={value}
      status={invalid ? 'error' : ''}
      onChange={(event) => onChange(emptyToUndefined(event.target.value))}
    />
  );
}

/** A date field: one calendar day. */
export function DateEditor(props: EditorProps<FieldOf<'date'>>) {
  return (
    <DayInput
      {...a11yProps(props)}
      value={asText(props.value)}
      invalid={props.invalid}
      onChange={props.onChange}
    />
  );
}
