import type { FormField } from '@baton/schemas';
import { useFormBuilderT } from './i18n.ts';
import { OptionsEditor } from './OptionsEditor.tsx';
import { IntegerSetting, withSetting } from './settings-inputs.tsx';

type MultiSelect = Extract<FormField, { type: 'multiselect' }>;
type Validation = MultiSelect['validation'];

/** Options of a multi-select and how many of them must or may be chosen. */
export function MultiSelectSettings(props: {
  readonly idPrefix: string;
  readonly field: MultiSelect;
  readonly commit: (field: MultiSelect) => void;
}) {
  const { idPrefix, field, commit } = props;
  const t = useFormBuilderT();
  const set = (key: keyof Validation, value: number | undefined) =>
    commit({ ...field, validation: withSetting(field.validation, key, value) });

  return (
    <>
      <OptionsEditor
        idPrefix={`${idPrefix}-option`}
        options={field.options}
        onCommit={(options) => commit({ ...field, options })}
      />
      <IntegerSetting
        id={`${idPrefix}-min-items`}
        label={t('settings.minItems')}
        value={field.validation.minItems}
        min={0}
        optional
        onCommit={(value) => set('minItems', value)}
      />
      <IntegerSetting
        id={`${idPrefix}-max-items`}
        label={t('settings.maxItems')}
        value={field.validation.maxItems}
        min={1}
        optional
        onCommit={(value) => set('maxItems', value)}
      />
    </>
  );
}
