import { Form, Switch } from 'antd';
import { useMemo } from 'react';
import { formScope, updateField, type FormDefinition, type FormField } from '@baton/schemas';
import { I18nTextFields } from '../canvas/panel/I18nTextFields.tsx';
import type { RunCommand } from '../canvas/selection.ts';
import { canBeRequired, KEY_PATTERN } from './field-types.ts';
import { useFormBuilderT } from './i18n.ts';
import { RuleSettings } from './RuleSettings.tsx';
import { CheckedSetting, withSetting } from './settings-inputs.tsx';
import { TypeSettings } from './TypeSettings.tsx';

type EditorProps = {
  readonly form: FormDefinition;
  readonly field: FormField;
  readonly run: RunCommand;
  /** The field's key changed: the builder keeps it selected under the new key. */
  readonly onKeyChange: (key: string) => void;
};

/**
 * Settings of the selected field: key, labels, required and help for all, then its type's
 * own settings and its linkage rules. Each change is one `updateField` command.
 */
export function FieldEditor({ form, field, run, onKeyChange }: EditorProps) {
  const t = useFormBuilderT();
  const scope = useMemo(() => formScope(form), [form]);
  // Keys of the other fields: renaming to one of them is refused at the input.
  const taken = useMemo(
    () => new Set(form.fields.flatMap((other) => (other.key === field.key ? [] : [other.key]))),
    [form, field.key],
  );
  const commit = (next: FormField) => {
    if (run(updateField({ key: field.key, field: next })) && next.key !== field.key)
      onKeyChange(next.key);
  };

  return (
    <Form layout="vertical" component="div" className="baton-panel__form nokey">
      <CheckedSetting
        id="field-key"
        label={t('editor.key')}
        value={field.key}
        read={(key) => (KEY_PATTERN.test(key) && !taken.has(key) ? key : null)}
        error={t('editor.keyInvalid')}
        onCommit={(key) => commit({ ...field, key })}
      />
      <I18nTextFields
        idPrefix="field-label"
        value={field.label}
        labels={{ zh: t('editor.labelZh'), en: t('editor.labelEn') }}
        onCommit={(label) => commit({ ...field, label })}
      />
      {'required' in field && canBeRequired(field.type) && (
        <Form.Item label={t('editor.required')} htmlFor="field-required">
          <Switch
            id="field-required"
            checked={field.required}
            onChange={(required) => commit({ ...field, required })}
          />
        </Form.Item>
      )}
      {field.type !== 'description' && (
        <I18nTextFields
          idPrefix="field-help"
          value={field.help}
          labels={{ zh: t('editor.helpZh'), en: t('editor.helpEn') }}
          onCommit={(help) => commit({ ...field, help })}
          onClear={() => commit(withSetting(field, 'help', undefined))}
        />
      )}
      <TypeSettings field={field} commit={commit} formScope={scope} />
      <RuleSettings field={field} commit={commit} formScope={scope} />
    </Form>
  );
}
