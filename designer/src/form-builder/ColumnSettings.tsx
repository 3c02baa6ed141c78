import type { ColumnField, ExpressionScope } from '@baton/schemas';
import { ComputedSettings } from './ComputedSettings.tsx';
import { DateSettings } from './DateSettings.tsx';
import { useFormBuilderT } from './i18n.ts';
import { CurrencySetting, NumberSettings } from './NumberSettings.tsx';
import { OptionsEditor } from './OptionsEditor.tsx';
import { SwitchSetting, withSetting } from './settings-inputs.tsx';
import { TextSettings } from './TextSettings.tsx';

type Props = {
  readonly idPrefix: string;
  readonly column: ColumnField;
  readonly commit: (column: ColumnField) => void;
  /** The row's columns, for a computed column's formula. */
  readonly rowScope: ExpressionScope;
};

/** Whether the column shows its sum under the table (`sum(table.column)` in formulas). */
function TotalSetting(props: Props) {
  const { column, commit } = props;
  const t = useFormBuilderT();
  if (column.type !== 'number' && column.type !== 'money' && column.type !== 'computed')
    return null;

  return (
    <SwitchSetting
      id={`${props.idPrefix}-total`}
      label={t('settings.total')}
      checked={column.total === true}
      onChange={(total) => commit(withSetting(column, 'total', total ? true : undefined))}
    />
  );
}

function TypeParts(props: Props) {
  const { idPrefix, column, commit } = props;
  switch (column.type) {
    case 'text':
    case 'textarea':
      return <TextSettings idPrefix={idPrefix} field={column} commit={commit} />;
    case 'number':
    case 'percentage':
      return <NumberSettings idPrefix={idPrefix} field={column} commit={commit} />;
    case 'money':
      return (
        <>
          <NumberSettings idPrefix={idPrefix} field={column} commit={commit} />
          <CurrencySetting
            id={`${idPrefix}-currency`}
            value={column.currency}
            onCommit={(currency) => commit({ ...column, currency })}
          />
        </>
      );
    case 'date':
      return <DateSettings idPrefix={idPrefix} field={column} commit={commit} />;
    case 'select':
    case 'radio':
      return (
        <OptionsEditor
          idPrefix={`${idPrefix}-option`}
          options={column.options}
          onCommit={(options) => commit({ ...column, options })}
        />
      );
    case 'computed':
      return (
        <ComputedSettings
          idPrefix={idPrefix}
          field={column}
          commit={commit}
          scope={props.rowScope}
        />
      );
    case 'checkbox':
      return null;
  }
}

/** The settings of one column's type, and its total where the column adds up. */
export function ColumnSettings(props: Props) {
  return (
    <>
      <TypeParts {...props} />
      <TotalSetting {...props} />
    </>
  );
}
