import { Input } from 'antd';
import { asText, sanitizeDecimalInput } from '../decimal-text.ts';
import { a11yProps, emptyToUndefined, type EditorProps, type FieldOf } from './editor-props.ts';

/** A number kept as the decimal string the user typed (never a JS float). */
export function NumberEditor(props: EditorProps<FieldOf<'number'>>) {
  const { value, onChange, invalid } = props;

  return (
    <Input
      {...a11yProps(props)}
      className="baton-number"
      inputMode="decimal"
      autoComplete="off"
      value={asText(value)}
      status={invalid ? 'error' : ''}
      onChange={(event) => onChange(emptyToUndefined(sanitizeDecimalInput(event.target.value)))}
    />
  );
}
