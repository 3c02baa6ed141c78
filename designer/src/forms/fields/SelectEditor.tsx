import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useText } from '../../i18n/index.ts';
import { a11yProps, type EditorProps, type FieldOf } from './editor-props.ts';

/** One of the field's options; searchable, clearable when the field is optional. */
export function SelectEditor(props: EditorProps<FieldOf<'select' | 'radio'>>) {
  const { field, value, onChange, invalid } = props;
  const { t } = useTranslation('forms');
  const text = useText();
  const options = field.options.map((option) => ({
    value: option.value,
    label: text(option.label),
  }));

  return (
    <Select<string>
      {...a11yProps(props)}
      className="baton-select"
      options={options}
      value={typeof value === 'string' ? value : null}
      placeholder={t('selectPlaceholder')}
      allowClear={!field.required}
      showSearch={{ optionFilterProp: 'label' }}
      status={invalid ? 'error' : ''}
      onChange={(next) => onChange(next ?? undefined)}
    />
  );
}
