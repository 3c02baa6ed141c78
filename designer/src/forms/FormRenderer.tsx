import { Alert, Row, Typography } from 'antd';
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDefinition, FormValues, ValidationIssue } from '@baton/schemas';
import { useText } from '../i18n/index.ts';
import { UploadTargetContext } from './attachments/upload-context.ts';
import type { UploadTarget } from './attachments/upload.ts';
import { useDisplay } from './display/use-display.ts';
import { FieldItem } from './FieldItem.tsx';
import { indexIssues } from './form-issues.ts';
import './forms.css';
import { ReadOnlyForm } from './ReadOnlyForm.tsx';
import { useFieldRules, type RuleView } from './rules/use-field-rules.ts';
import { groupBySection } from './values/field-groups.ts';

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
  /**
   * Keys of the fields that are inputs (the step's `editableFields`); the others are shown
   * read-only with their values. Every field when left out. Computed fields (never editable)
   * keep their read-only box, which follows the edits of the fields they are worked out from.
   */
  readonly editable?: readonly string[];
  /** The stored values an approver edits: a field a rule disables keeps its value from here. */
  readonly previous?: FormValues;
  /** Where attachment fields upload their files; without it they cannot take files. */
  readonly uploadTarget?: UploadTarget;
};

const NO_ISSUES: readonly ValidationIssue[] = [];

/**
 * Renders a form definition with antd controls. Each input is labelled by its field's label
 * (`getByLabel('金额')`), table cells by "第 N 行 <column>"; issues appear under the field.
 * Sections head the fields after them; linkage rules show, hide, require and disable fields
 * live as values change; fields outside `editable` show their values read-only. With
 * `readOnly`, shows the values as a description list instead.
 */
export function FormRenderer(props: FormRendererProps) {
  const { form, values, readOnly = false } = props;
  if (readOnly) return <ReadOnlyForm form={form} values={values} />;

  return (
    <UploadTargetContext value={props.uploadTarget ?? null}>
      <EditableForm {...props} />
    </UploadTargetContext>
  );
}

function EditableForm(props: FormRendererProps) {
  const { form, values, onChange, issues = NO_ISSUES, idPrefix = 'field' } = props;
  const { t } = useTranslation('forms');
  const text = useText();
  const display = useDisplay();
  const index = useMemo(() => indexIssues(form, issues), [form, issues]);
  const rules = useFieldRules(form, values, props.previous);
  const editable = useMemo(
    () => (props.editable ? new Set(props.editable) : null),
    [props.editable],
  );
  // One change handler for the form's life: fields can skip re-rendering when theirs is unchanged.
  const latest = useRef({ values, onChange });
  latest.current = { values, onChange };
  const setField = useCallback((key: string, value: unknown) => {
    const next: FormValues = { ...latest.current.values };
    if (value === undefined) delete next[key];
    else next[key] = value;
    latest.current.onChange?.(next);
  }, []);

  // No antd Form around the fields: it hands new context values to everything under it each
  // time it renders, and React then searches every memoized table row for readers of them on
  // each keystroke (with 200 rows, more than the rest of the keystroke's work). The items lay
  // themselves out vertically instead (see `FieldItem`).
  return (
    <div className="baton-form">
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
      {groupBySection(form.fields).map((group) => {
        const { section } = group;
        if (section && rules.hidden.has(section.key)) return null;
        const headingId = section ? `${idPrefix}-${section.key}` : '';

        return (
          <section
            key={section?.key ?? ''}
            aria-labelledby={headingId || undefined}
            className="baton-form-section"
          >
            {section && (
              <>
                <Typography.Title level={5} id={headingId} className="baton-section-title">
                  {text(section.label)}
                </Typography.Title>
                {section.help && (
                  <Typography.Paragraph type="secondary">{text(section.help)}</Typography.Paragraph>
                )}
              </>
            )}
            <Row gutter={24}>
              {group.fields
                .filter((field) => !rules.hidden.has(field.key))
                .map((field) => (
                  <FieldItem
                    key={field.key}
                    field={field}
                    id={`${idPrefix}-${field.key}`}
                    value={values[field.key]}
                    issues={index}
                    rules={ruleFlags(rules, field.key)}
                    editable={
                      editable === null || editable.has(field.key) || field.type === 'computed'
                    }
                    display={display}
                    onChange={setField}
                  />
                ))}
            </Row>
          </section>
        );
      })}
    </div>
  );
}

/** 0: none, 1: required, 2: disabled (a number, so `FieldItem`'s memo compares it cheaply). */
function ruleFlags(rules: RuleView, key: string): number {
  return (rules.required.has(key) ? 1 : 0) | (rules.disabled.has(key) ? 2 : 0);
}
