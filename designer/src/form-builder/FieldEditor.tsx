import { Form, InputNumber, Switch } from 'antd';
import { useEffect, useState } from 'react';
import {
  checkExpression,
  formScope,
  updateField,
  type FormDefinition,
  type FormField,
} from '@baton/schemas';
import { CommitInput } from '../canvas/panel/CommitInput.tsx';
import { I18nTextFields } from '../canvas/panel/I18nTextFields.tsx';
import type { RunCommand } from '../canvas/selection.ts';
import { useFlowsT } from '../flows/i18n.ts';
import { useLocale } from '../i18n/index.ts';
import { ColumnsEditor } from './ColumnsEditor.tsx';
import { OptionsEditor } from './OptionsEditor.tsx';

const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;
const CURRENCY_PATTERN = /^[A-Z]{3}$/;

type EditorProps = {
  readonly form: FormDefinition;
  readonly field: FormField;
  readonly run: RunCommand;
  /** The field's key changed: the builder keeps it selected under the new key. */
  readonly onKeyChange: (key: string) => void;
};

/** Settings of the selected field; each change is one `updateField` command. */
export function FieldEditor({ form, field, run, onKeyChange }: EditorProps) {
  const t = useFlowsT();
  const [keyProblem, setKeyProblem] = useState(false);
  const commit = (next: FormField) => {
    if (run(updateField({ key: field.key, field: next })) && next.key !== field.key)
      onKeyChange(next.key);
  };

  return (
    <Form layout="vertical" component="div" className="baton-panel__form nokey">
      <Form.Item
        label={t('formBuilder.key')}
        htmlFor="field-key"
        validateStatus={keyProblem ? 'error' : ''}
        help={keyProblem ? t('formBuilder.keyInvalid') : undefined}
      >
        <CommitInput
          id="field-key"
          value={field.key}
          status={keyProblem ? 'error' : ''}
          onDraft={(key) => setKeyProblem(!KEY_PATTERN.test(key))}
          onCommit={(key) => KEY_PATTERN.test(key) && commit({ ...field, key })}
        />
      </Form.Item>
      <I18nTextFields
        idPrefix="field-label"
        value={field.label}
        labels={{ zh: t('formBuilder.labelZh'), en: t('formBuilder.labelEn') }}
        onCommit={(label) => commit({ ...field, label })}
      />
      {field.type !== 'computed' && (
        <Form.Item label={t('formBuilder.required')} htmlFor="field-required">
          <Switch
            id="field-required"
            checked={field.required}
            onChange={(required) => commit({ ...field, required })}
          />
        </Form.Item>
      )}
      <TypeSettings form={form} field={field} commit={commit} />
    </Form>
  );
}

function TypeSettings(props: {
  readonly form: FormDefinition;
  readonly field: FormField;
  readonly commit: (field: FormField) => void;
}) {
  const { field, commit } = props;
  const t = useFlowsT();
  switch (field.type) {
    case 'money':
      return (
        <>
          <DecimalsInput
            value={field.validation.decimals}
            max={4}
            onCommit={(decimals) =>
              commit({ ...field, validation: { ...field.validation, decimals } })
            }
          />
          <Form.Item label={t('formBuilder.currency')} htmlFor="field-currency">
            <CommitInput
              id="field-currency"
              value={field.currency}
              onCommit={(text) => {
                const currency = text.trim().toUpperCase();
                if (CURRENCY_PATTERN.test(currency)) commit({ ...field, currency });
              }}
            />
          </Form.Item>
        </>
      );
    case 'number':
      return (
        <DecimalsInput
          value={field.validation.decimals}
          max={8}
          onCommit={(decimals) =>
            commit({ ...field, validation: { ...field.validation, decimals } })
          }
        />
      );
    case 'select':
      return (
        <OptionsEditor
          idPrefix="field-option"
          options={field.options}
          onCommit={(options) => commit({ ...field, options })}
        />
      );
    case 'table':
      return (
        <ColumnsEditor
          idPrefix="field-column"
          columns={field.columns}
          onCommit={(columns) => commit({ ...field, columns })}
        />
      );
    case 'user':
      return (
        <Form.Item label={t('formBuilder.multiple')} htmlFor="field-multiple">
          <Switch
            id="field-multiple"
            checked={field.multiple}
            onChange={(multiple) => commit({ ...field, multiple })}
          />
        </Form.Item>
      );
    case 'computed':
      return (
        <FormulaInput
          form={props.form}
          formula={field.formula}
          onCommit={(formula) => commit({ ...field, formula })}
        />
      );
    default:
      return null;
  }
}

function DecimalsInput(props: { value: number; max: number; onCommit: (value: number) => void }) {
  const t = useFlowsT();

  return (
    <Form.Item label={t('formBuilder.decimals')} htmlFor="field-decimals">
      <InputNumber
        id="field-decimals"
        min={0}
        max={props.max}
        precision={0}
        value={props.value}
        onChange={(value) => value !== null && props.onCommit(value)}
      />
    </Form.Item>
  );
}

/** A computed field's formula, type-checked against the form as the user types. */
function FormulaInput(props: {
  readonly form: FormDefinition;
  readonly formula: string;
  readonly onCommit: (formula: string) => void;
}) {
  const t = useFlowsT();
  const locale = useLocale();
  const [draft, setDraft] = useState(props.formula);
  useEffect(() => setDraft(props.formula), [props.formula]);
  const check = checkExpression(draft, formScope(props.form), { expected: 'number', locale });
  const problem = check.ok ? undefined : check.issues.map((issue) => issue.message).join('; ');

  return (
    <Form.Item
      label={t('formBuilder.formula')}
      htmlFor="field-formula"
      validateStatus={problem ? 'error' : 'success'}
      help={
        <span id="field-formula-help" role={problem ? 'alert' : undefined}>
          {problem ?? t('formBuilder.formulaOk')}
        </span>
      }
    >
      <CommitInput
        id="field-formula"
        value={props.formula}
        status={problem ? 'error' : ''}
        aria-describedby="field-formula-help"
        onDraft={setDraft}
        onCommit={(formula) => formula.trim() !== '' && props.onCommit(formula.trim())}
      />
    </Form.Item>
  );
}
