import type { ExpressionScope, FormField } from '@baton/schemas';
import { ExpressionField } from './ExpressionField.tsx';
import { ruleKeys, type RuleKey } from './field-types.ts';
import { useFormBuilderT } from './i18n.ts';
import { withSetting } from './settings-inputs.tsx';

/**
 * Linkage rules of a field: shown, required and read-only while a condition over the form
 * holds. Each is a boolean expression, typed in Monaco; an empty one is removed.
 */
export function RuleSettings(props: {
  readonly field: FormField;
  readonly commit: (field: FormField) => void;
  readonly formScope: ExpressionScope;
}) {
  const { field, commit } = props;
  const t = useFormBuilderT();
  const set = (key: RuleKey, text: string) => commit(withRule(field, key, text || undefined));

  return (
    <fieldset className="baton-panel__group">
      <legend>{t('rules.title')}</legend>
      {ruleKeys(field.type).map((key) => (
        <ExpressionField
          key={key}
          id={`field-rule-${key}`}
          label={t(`rules.${key}`)}
          value={ruleOf(field, key)}
          scope={props.formScope}
          expected="boolean"
          optional
          onCommit={(text) => set(key, text)}
        />
      ))}
    </fieldset>
  );
}

/** Fields with only `visibleWhen`: nobody types into them (see `ruleKeys`). */
type ShowOnly = Extract<FormField, { type: 'computed' | 'description' | 'section' }>;

function showOnly(field: FormField): field is ShowOnly {
  return ruleKeys(field.type).length === 1;
}

function withRule(field: FormField, key: RuleKey, rule: string | undefined): FormField {
  if (key === 'visibleWhen') return withSetting(field, key, rule);

  return showOnly(field) ? field : withSetting(field, key, rule);
}

function ruleOf(field: FormField, key: RuleKey): string {
  if (key === 'visibleWhen') return field.visibleWhen ?? '';

  return showOnly(field) ? '' : (field[key] ?? '');
}
