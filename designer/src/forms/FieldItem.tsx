import { Col, Form, Typography } from 'antd';
import { memo } from 'react';
import type { FormField } from '@baton/schemas';
import { useText } from '../i18n/index.ts';
import { FieldValue } from './display/FieldValue.tsx';
import type { Display } from './field-display.ts';
import { FieldEditor } from './fields/FieldEditor.tsx';
import type { FormIssues } from './form-issues.ts';
import { TableFrame } from './TableFrame.tsx';

export type FieldItemProps = {
  readonly field: FormField;
  readonly id: string;
  readonly value: unknown;
  readonly issues: FormIssues;
  /** Rule flags: 1 required, 2 disabled (see `ruleFlags`). */
  readonly rules: number;
  /** An input; otherwise the value read-only. */
  readonly editable: boolean;
  readonly display: Display;
  readonly onChange: (key: string, value: unknown) => void;
};

/** Fields that take the form's whole width (the others take half of it on wide screens). */
const WIDE_TYPES: ReadonlySet<FormField['type']> = new Set([
  'textarea',
  'table',
  'description',
  'attachment',
  'image',
  'dateRange',
]);

/**
 * One field in its grid column, with its label, help and issues; re-rendered (column included)
 * only when something of it changed.
 */
export const FieldItem = memo(function FieldItem(props: FieldItemProps) {
  return (
    <Col xs={24} md={WIDE_TYPES.has(props.field.type) ? 24 : 12}>
      <FieldBody {...props} />
    </Col>
  );
});

function FieldBody(props: FieldItemProps) {
  const { field, id, value, issues, editable } = props;
  const text = useText();
  if (field.type === 'description') {
    return (
      <div className="baton-form-description">
        <Typography.Text strong>{text(field.label)}</Typography.Text>
        <Typography.Paragraph className="baton-pre-wrap">{text(field.text)}</Typography.Paragraph>
      </div>
    );
  }
  if (field.type === 'section') return null;
  const own = issues.field(field.key);
  const helpId = `${id}-help`;
  const invalid = own.length > 0;
  const required = (props.rules & 1) === 1;
  const disabled = (props.rules & 2) === 2;
  const input = !editable ? (
    <FieldValue field={field} value={value} display={props.display} />
  ) : (
    <FieldEditor
      field={field}
      id={id}
      value={value}
      onChange={(next) => props.onChange(field.key, next)}
      invalid={invalid}
      issues={issues}
      disabled={disabled}
      {...(invalid ? { describedBy: helpId } : {})}
    />
  );
  const help = invalid ? (
    <span id={helpId}>
      {own.map((issue, at) => (
        <div key={`${issue.code}-${at}`}>{issue.message}</div>
      ))}
    </span>
  ) : undefined;
  const frame = {
    label: text(field.label),
    required: editable && required,
    help,
    extra: field.help ? text(field.help) : undefined,
  };

  // A table sits outside antd's Form.Item: the item's context changes with its value, and
  // every input below would re-render on each keystroke, memoized rows or not.
  if (field.type === 'table' && editable) return <TableFrame {...frame}>{input}</TableFrame>;

  return (
    <Form.Item
      layout="vertical"
      label={frame.label}
      {...(editable ? { htmlFor: id } : {})}
      required={frame.required}
      validateStatus={invalid ? 'error' : ''}
      help={help}
      extra={frame.extra}
    >
      {input}
    </Form.Item>
  );
}
