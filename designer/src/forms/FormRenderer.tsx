import { Alert, Col, Form, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDefinition, FormField, FormValues, ValidationIssue } from '@baton/schemas';
import { useText } from '../i18n/index.ts';
import { FieldEditor } from './fields/FieldEditor.tsx';
import { indexIssues, type FormIssues } from './form-issues.ts';
import { ReadOnlyForm } from './ReadOnlyForm.tsx';

export type FormRendererProps = {
  readonly form: FormDefinition;
  readonly values: FormValues;
  /** Called with the whole new values on every edit (not needed when `readOnly`). */
  readonly onChange?: (values: FormValues) => void;
  /** Issues to show next to the fields they are about (client check and server's). */
  readonly issues?: readonly ValidationIssue[];
  readonly readOnly?: boolean;
  /** Prefix of the inputs' ids, when two forms share a page. */
  readonly idPrefix?: string;
};

const WIDE_TYPES: ReadonlySet<FormField['type']> = new Set(['textarea', 'table']);

/**
 * Renders a form definition with antd controls. Each input is labelled by its field's label
 * (`getByLabel('金额')`), table cells by "第 N 行 <column>"; issues appear under the field.
 * With `readOnly`, shows the values as a description list instead.
 */
export function FormRenderer(props: FormRendererProps) {
  const { form, values, readOnly = false } = props;
  if (readOnly) return <ReadOnlyForm form={form} values={values} />;

  return <EditableForm {...props} />;
}

function EditableForm({
  form,
  values,
  onChange,
  issues = [],
  idPrefix = 'field',
}: FormRendererProps) {
  const { t } = useTranslation('forms');
  const index = useMemo(() => indexIssues(form, issues), [form, issues]);
  const setField = (key: string, value: unknown) => {
    const next: FormValues = { ...values };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange?.(next);
  };

  return (
    <Form layout="vertical" component="div" className="baton-form">
      {index.unplaced.length > 0 && (
        <Alert
          className="baton-gap-bottom"
          type="error"
          showIcon
          title={t('issues.title', { count: index.unplaced.length })}
          description={index.unplaced.map((issue, at) => (
            <div key={`${issue.code}-${at}`}>{issue.message}</div>
          ))}
        />
      )}
      <Row gutter={24}>
        {form.fields.map((field) => (
          <Col key={field.key} xs={24} md={WIDE_TYPES.has(field.type) ? 24 : 12}>
            <FieldItem
              field={field}
              id={`${idPrefix}-${field.key}`}
              value={values[field.key]}
              issues={index}
              onChange={(value) => setField(field.key, value)}
            />
          </Col>
        ))}
      </Row>
    </Form>
  );
}

type FieldItemProps = {
  readonly field: FormField;
  readonly id: string;
  readonly value: unknown;
  readonly issues: FormIssues;
  readonly onChange: (value: unknown) => void;
};

function FieldItem({ field, id, value, issues, onChange }: FieldItemProps) {
  const text = useText();
  const own = issues.field(field.key);
  const helpId = `${id}-help`;
  const invalid = own.length > 0;

  return (
    <Form.Item
      label={text(field.label)}
      {...(field.type === 'table' ? {} : { htmlFor: id })}
      required={field.required}
      validateStatus={invalid ? 'error' : ''}
      help={
        invalid ? (
          <span id={helpId}>
            {own.map((issue, at) => (
              <div key={`${issue.code}-${at}`}>{issue.message}</div>
            ))}
          </span>
        ) : undefined
      }
      extra={field.help ? text(field.help) : undefined}
    >
      <FieldEditor
        field={field}
        id={id}
        value={value}
        onChange={onChange}
        invalid={invalid}
        issues={issues}
        {...(invalid ? { describedBy: helpId } : {})}
      />
    </Form.Item>
  );
}
