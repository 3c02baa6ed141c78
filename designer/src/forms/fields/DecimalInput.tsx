import { Input, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { issueText } from '@baton/schemas';
import { useLocale, useText } from '../../i18n/index.ts';
import { asText, decimalTextState, sanitizeDecimalInput } from '../decimal-text.ts';
import { a11yProps, emptyToUndefined, type EditorProps, type FieldOf } from './editor-props.ts';

type DecimalField = FieldOf<'money' | 'number' | 'percentage'>;

export type DecimalInputProps = EditorProps<DecimalField> & {
  readonly prefix?: ReactNode;
  readonly suffix?: ReactNode;
  readonly placeholder?: string;
};

/**
 * The text input under money and number fields. What the user types is kept (only cosmetic
 * characters are cleaned, see `sanitizeDecimalInput`); text that can no longer become a
 * decimal (`1e3`) is flagged right under the input with the server's own message, and text
 * left unfinished (`12.`) once the input loses focus. The form's own issues take over after a
 * submit, so the message never shows twice.
 */
export function DecimalInput(props: DecimalInputProps) {
  const { field, value, onChange, invalid, prefix, suffix, placeholder } = props;
  const locale = useLocale();
  const text = useText();
  const [focused, setFocused] = useState(false);
  const typed = asText(value);
  const state = decimalTextState(typed);
  const flagged = !invalid && (state === 'invalid' || (state === 'unfinished' && !focused));
  const problemId = `${props.id}-format`;
  const describedBy = [props.describedBy, flagged ? problemId : undefined].filter(Boolean);
  const message = issueText(
    'form.value.not-decimal',
    { field: text(field.label), value: typed },
    locale,
  );

  return (
    <>
      <Input
        {...a11yProps(props)}
        aria-invalid={invalid || flagged || undefined}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        className="baton-number"
        inputMode="decimal"
        autoComplete="off"
        prefix={prefix}
        suffix={suffix}
        placeholder={placeholder}
        value={typed}
        status={invalid || flagged ? 'error' : ''}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(event) => onChange(emptyToUndefined(sanitizeDecimalInput(event.target.value)))}
      />
      <Typography.Text type="danger" id={problemId} aria-live="polite" style={{ display: 'block' }}>
        {flagged ? message : null}
      </Typography.Text>
    </>
  );
}
