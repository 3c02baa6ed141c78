import { Form, Select } from 'antd';
import type { ColumnField, ExpressionScope } from '@baton/schemas';
import { ExpressionField } from './ExpressionField.tsx';
import { useFormBuilderT } from './i18n.ts';
import { CurrencySetting } from './NumberSettings.tsx';
import { IntegerSetting } from './settings-inputs.tsx';

type ComputedLike = Pick<
  Extract<ColumnField, { type: 'computed' }>,
  'formula' | 'valueType' | 'currency' | 'decimals'
>;

/**
 * The formula of a computed field (over the form) or a computed column (over its row), what
 * it gives (money in a currency, or a number) and its decimal places (rounded half-up).
 */
export function ComputedSettings<T extends ComputedLike>(props: {
  readonly idPrefix: string;
  readonly field: T;
  readonly commit: (field: T) => void;
  /** What the formula may read: the form's fields, or the row's columns. */
  readonly scope: ExpressionScope;
}) {
  const { idPrefix, field, commit } = props;
  const t = useFormBuilderT();

  return (
    <>
      <ExpressionField
        id={`${idPrefix}-formula`}
        label={t('settings.formula')}
        value={field.formula}
        scope={props.scope}
        expected="number"
        onCommit={(formula) => commit({ ...field, formula })}
      />
      <Form.Item label={t('settings.valueType')} htmlFor={`${idPrefix}-value-type`}>
        <Select<ComputedLike['valueType']>
          id={`${idPrefix}-value-type`}
          value={field.valueType}
          onChange={(valueType) => commit({ ...field, valueType })}
          options={[
            { value: 'money', label: t('types.money') },
            { value: 'number', label: t('types.number') },
          ]}
        />
      </Form.Item>
      {field.valueType === 'money' && (
        <CurrencySetting
          id={`${idPrefix}-currency`}
          value={field.currency}
          onCommit={(currency) => commit({ ...field, currency })}
        />
      )}
      <IntegerSetting
        id={`${idPrefix}-decimals`}
        label={t('settings.decimals')}
        value={field.decimals}
        min={0}
        max={8}
        onCommit={(decimals) => decimals !== undefined && commit({ ...field, decimals })}
      />
    </>
  );
}
