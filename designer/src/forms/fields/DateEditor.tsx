import { Input } from 'antd';
import { asText } from '../decimal-text.ts';
import { a11yProps, emptyToUndefined, type EditorProps, type FieldOf } from './editor-props.ts';

/**
 * A calendar day as `YYYY-MM-DD`. The browser's own date input gives exactly that string, in
 * the user's calendar, with no time zone to shift the day.
 * TODO(#5): switch to antd's DatePicker once `dayjs` is a direct dependency of the designer.
 */
export function DateEditor(props: EditorProps<FieldOf<'date'>>) {
  const { value, onChange, invalid } = props;

  return (
    <Input
      {...a11yProps(props)}
      type="date"
      className="baton-number"
      value={asText(value)}
      status={invalid ? 'error' : ''}
      onChange={(event) => onChange(emptyToUndefined(event.target.value))}
    />
  );
}
