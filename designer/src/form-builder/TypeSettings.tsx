import { rowScope, type ExpressionScope, type FormField } from '@baton/schemas';
import { I18nTextFields } from '../canvas/panel/I18nTextFields.tsx';
import { MultiSelectSettings } from './ChoiceSettings.tsx';
import { ColumnsEditor } from './ColumnsEditor.tsx';
import { ComputedSettings } from './ComputedSettings.tsx';
import { DateRangeSettings, DateSettings } from './DateSettings.tsx';
import { FileSettings } from './FileSettings.tsx';
import { useFormBuilderT } from './i18n.ts';
import { CurrencySetting, NumberSettings } from './NumberSettings.tsx';
import { OptionsEditor } from './OptionsEditor.tsx';
import { IntegerSetting, SwitchSetting } from './settings-inputs.tsx';
import { ReferenceSettings, RemoteSettings } from './SourceSettings.tsx';
import { TextSettings } from './TextSettings.tsx';

type Props = {
  readonly field: FormField;
  readonly commit: (field: FormField) => void;
  /** The form's fields, for a computed field's formula. */
  readonly formScope: ExpressionScope;
};

const ID = 'field';

type Table = Extract<FormField, { type: 'table' }>;

/** Rows limits and columns of a line-item table. */
function TableSettings(props: { readonly field: Table; readonly commit: (field: Table) => void }) {
  const { field, commit } = props;
  const t = useFormBuilderT();

  return (
    <>
      <IntegerSetting
        id={`${ID}-min-rows`}
        label={t('settings.minRows')}
        value={field.minRows}
        min={0}
        max={field.maxRows}
        onCommit={(minRows) => minRows !== undefined && commit({ ...field, minRows })}
      />
      <IntegerSetting
        id={`${ID}-max-rows`}
        label={t('settings.maxRows')}
        value={field.maxRows}
        min={1}
        max={1000}
        onCommit={(maxRows) => maxRows !== undefined && commit({ ...field, maxRows })}
      />
      <ColumnsEditor
        idPrefix={`${ID}-column`}
        columns={field.columns}
        scopeOf={(columnKey) => rowScope(field, columnKey)}
        onCommit={(columns) => commit({ ...field, columns })}
      />
    </>
  );
}

/** The settings only fields of the selected field's type have. */
export function TypeSettings({ field, commit, formScope }: Props) {
  const t = useFormBuilderT();
  switch (field.type) {
    case 'text':
    case 'textarea':
      return <TextSettings idPrefix={ID} field={field} commit={commit} />;
    case 'number':
    case 'percentage':
      return <NumberSettings idPrefix={ID} field={field} commit={commit} />;
    case 'money':
      return (
        <>
          <NumberSettings idPrefix={ID} field={field} commit={commit} />
          <CurrencySetting
            id={`${ID}-currency`}
            value={field.currency}
            onCommit={(currency) => commit({ ...field, currency })}
          />
        </>
      );
    case 'date':
      return <DateSettings idPrefix={ID} field={field} commit={commit} />;
    case 'dateRange':
      return <DateRangeSettings idPrefix={ID} field={field} commit={commit} />;
    case 'select':
    case 'radio':
      return (
        <OptionsEditor
          idPrefix={`${ID}-option`}
          options={field.options}
          onCommit={(options) => commit({ ...field, options })}
        />
      );
    case 'multiselect':
      return <MultiSelectSettings idPrefix={ID} field={field} commit={commit} />;
    case 'user':
      return (
        <SwitchSetting
          id={`${ID}-multiple`}
          label={t('settings.multiple')}
          checked={field.multiple}
          onChange={(multiple) => commit({ ...field, multiple })}
        />
      );
    case 'attachment':
    case 'image':
      return <FileSettings idPrefix={ID} field={field} commit={commit} />;
    case 'remote':
      return <RemoteSettings idPrefix={ID} field={field} commit={commit} />;
    case 'reference':
      return <ReferenceSettings idPrefix={ID} field={field} commit={commit} />;
    case 'table':
      return <TableSettings field={field} commit={commit} />;
    case 'computed':
      return <ComputedSettings idPrefix={ID} field={field} commit={commit} scope={formScope} />;
    case 'description':
      return (
        <I18nTextFields
          idPrefix={`${ID}-text`}
          value={field.text}
          labels={{ zh: t('settings.textZh'), en: t('settings.textEn') }}
          onCommit={(text) => commit({ ...field, text })}
        />
      );
    case 'datetime':
    case 'checkbox':
    case 'department':
    case 'section':
      return null;
  }
}
