import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMasterDataLabel, useMasterDataOptions } from '../lookups/use-master-data.ts';
import { useReferableOptions, useReferenceLabel } from '../lookups/use-referable.ts';
import { useSearchText } from '../lookups/use-search.ts';
import { a11yProps, type EditorProps, type FieldOf } from './editor-props.ts';

type Option = { readonly value: string; readonly label: string };

type Lookup = {
  readonly options: readonly Option[];
  /** How the chosen value reads, for when the current list does not hold it. */
  readonly chosenLabel: string | null;
  readonly loading: boolean;
};

/** The chosen value of a lookup field, or null. */
function chosenOf(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * A select searched on the server: typing narrows the list (`onSearch`), the chosen value stays
 * shown with its label even when the current list does not hold it.
 */
function ServerSearchSelect(
  props: EditorProps<FieldOf<'remote' | 'reference'>> & {
    readonly lookup: Lookup;
    readonly onSearch: (text: string) => void;
  },
) {
  const { field, value, onChange, invalid, lookup } = props;
  const { t } = useTranslation('forms');
  const chosen = chosenOf(value);
  const listed =
    chosen === null || lookup.options.some((option) => option.value === chosen)
      ? lookup.options
      : [{ value: chosen, label: lookup.chosenLabel ?? chosen }, ...lookup.options];

  return (
    <Select<string>
      {...a11yProps(props)}
      className="baton-select"
      options={[...listed]}
      value={chosen}
      placeholder={t('searchPlaceholder')}
      allowClear={!field.required}
      showSearch={{ filterOption: false, onSearch: props.onSearch }}
      loading={lookup.loading}
      notFoundContent={lookup.loading ? t('searching') : t('noMatches')}
      status={invalid ? 'error' : ''}
      onChange={(next) => onChange(next ?? undefined)}
    />
  );
}

/** An entry of a master-data list (cost centre, supplier, project), searched by code or name. */
export function RemoteEditor(props: EditorProps<FieldOf<'remote'>>) {
  const { search, onSearch } = useSearchText();
  const { source } = props.field;
  const lookup = {
    ...useMasterDataOptions(source, search),
    chosenLabel: useMasterDataLabel(source, chosenOf(props.value)),
  };

  return <ServerSearchSelect {...props} lookup={lookup} onSearch={onSearch} />;
}

/** Another request the user may read (of the field's flows), searched by title or values. */
export function ReferenceEditor(props: EditorProps<FieldOf<'reference'>>) {
  const { search, onSearch } = useSearchText();
  const lookup = {
    ...useReferableOptions(props.field.flowKeys, search),
    chosenLabel: useReferenceLabel(chosenOf(props.value)),
  };

  return <ServerSearchSelect {...props} lookup={lookup} onSearch={onSearch} />;
}
