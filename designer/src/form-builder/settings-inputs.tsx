import { Form, InputNumber, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { isDecimalString } from '@baton/schemas';
import { CommitInput } from '../canvas/panel/CommitInput.tsx';
import { useFormBuilderT } from './i18n.ts';

/**
 * A copy of `object` with `key` set to `value`, or without `key` when `value` is undefined (an
 * optional setting cleared: the schema's default applies again).
 */
export function withSetting<T extends object, K extends keyof T>(
  object: T,
  key: K,
  value: T[K] | undefined,
): T {
  const next = { ...object };
  if (value === undefined) Reflect.deleteProperty(next, key);
  else next[key] = value;

  return next;
}

type NumberProps = {
  readonly id: string;
  readonly label: string;
  readonly value: number | undefined;
  readonly min: number;
  readonly max?: number;
  /** Whether the setting may be left empty (`undefined`: no limit). */
  readonly optional?: boolean;
  readonly onCommit: (value: number | undefined) => void;
};

/**
 * A whole number setting, committed on Enter, on leaving the input and on each arrow step, so
 * an undo step is a whole edit rather than a keystroke. A cleared required setting goes back.
 */
export function IntegerSetting(props: NumberProps) {
  const { value, onCommit } = props;
  const [draft, setDraft] = useState<number | null>(value ?? null);
  useEffect(() => setDraft(value ?? null), [value]);
  const commit = (next: number | null) => {
    if (next === null && !props.optional) {
      setDraft(value ?? null);
      return;
    }
    if ((next ?? undefined) !== value) onCommit(next ?? undefined);
  };

  return (
    <Form.Item label={props.label} htmlFor={props.id}>
      <InputNumber<number>
        id={props.id}
        min={props.min}
        {...(props.max === undefined ? {} : { max: props.max })}
        precision={0}
        value={draft}
        onChange={setDraft}
        onStep={(next) => commit(next)}
        onBlur={() => commit(draft)}
        onPressEnter={() => commit(draft)}
      />
    </Form.Item>
  );
}

/**
 * A text setting checked as it is typed: the error shows at the input, and only text that
 * passes `read` (which gives what to save, or `null`) is committed, as one edit. Text refused
 * on blur goes back to the stored value, the error staying until the next edit, so the input
 * never shows what was not saved.
 */
export function CheckedSetting<T>(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** What to save for `text`, or `null` when `text` is refused. */
  readonly read: (text: string) => T | null;
  readonly error: string;
  readonly extra?: string;
  readonly onCommit: (value: T) => void;
}) {
  const { read, value } = props;
  // The text typed now is refused (shown while typing).
  const [bad, setBad] = useState(false);
  // Text refused on blur: the input shows the stored value again and says why.
  const [refused, setRefused] = useState(false);
  const [reverts, setReverts] = useState(0);
  const commit = (text: string) => {
    const next = read(text);
    setRefused(next === null);
    if (next === null) setReverts((count) => count + 1);
    else props.onCommit(next);
  };
  const failed = bad || refused;

  return (
    <Form.Item
      label={props.label}
      htmlFor={props.id}
      validateStatus={failed ? 'error' : ''}
      help={failed ? props.error : undefined}
      extra={props.extra}
    >
      <CommitInput
        id={props.id}
        value={value}
        status={failed ? 'error' : ''}
        syncKey={reverts}
        onDraft={(text) => {
          setBad(read(text) === null);
          // Typing again replaces the refusal; the stored value coming back keeps it shown.
          if (text !== value) setRefused(false);
        }}
        onCommit={commit}
      />
    </Form.Item>
  );
}

/** A decimal bound such as a minimum amount, as a decimal string; empty means no bound. */
export function DecimalSetting(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string | undefined;
  readonly onCommit: (value: string | undefined) => void;
}) {
  const t = useFormBuilderT();
  const read = (text: string) => {
    const trimmed = text.trim();
    if (trimmed === '') return { bound: undefined };

    return isDecimalString(trimmed) ? { bound: trimmed } : null;
  };

  return (
    <CheckedSetting
      id={props.id}
      label={props.label}
      value={props.value ?? ''}
      read={read}
      error={t('settings.decimalInvalid')}
      onCommit={({ bound }) => props.onCommit(bound)}
    />
  );
}

export function SwitchSetting(props: {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  return (
    <Form.Item label={props.label} htmlFor={props.id}>
      <Switch id={props.id} checked={props.checked} onChange={props.onChange} />
    </Form.Item>
  );
}
