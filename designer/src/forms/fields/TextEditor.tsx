import { Input } from 'antd';
import { asText } from '../decimal-text.ts';
import { a11yProps, emptyToUndefined, type EditorProps, type FieldOf } from './editor-props.ts';

/** Single-line text, or a growing text area for `textarea`. */
export function TextEditor(props: EditorProps<FieldOf<'text' | 'textarea'>>) {
  const { field, value, onChange, invalid } = props;
  const maxLength = field.validation.maxLength;
  const common = {
    ...a11yProps(props),
    value: asText(value),
    status: invalid ? ('error' as const) : ('' as const),
    ...(maxLength === undefined ? {} : { maxLength }),
  };

  if (field.type === 'textarea') {
    return (
      <Input.TextArea
        {...common}
        autoSize={{ minRows: props.compact ? 1 : 3, maxRows: 10 }}
        showCount={maxLength !== undefined && !props.compact}
        onChange={(event) => onChange(emptyToUndefined(event.target.value))}
      />
    );
  }

  return <Input {...common} onChange={(event) => onChange(emptyToUndefined(event.target.value))} />;
}
