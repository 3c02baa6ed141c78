import { Input } from 'antd';
import { fromLocalInput, toLocalInput } from '../values/date-time.ts';
import { a11yProps, type EditorProps, type FieldOf } from './editor-props.ts';

/**
 * A moment, typed and shown in the viewer's own time zone (the browser's `datetime-local`
 * input) and stored as the UTC instant (`2026-03-02T01:30:00Z`).
 */
export function DateTimeEditor(props: EditorProps<FieldOf<'datetime'>>) {
  const { value, onChange, invalid } = props;

  return (
    <Input
      {...a11yProps(props)}
      type="datetime-local"
      className="baton-number"
      value={toLocalInput(value)}
      status={invalid ? 'error' : ''}
      onChange={(event) => onChange(fromLocalInput(event.target.value))}
    />
  );
}
