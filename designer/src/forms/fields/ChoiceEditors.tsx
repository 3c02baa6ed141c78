import { Checkbox, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useText } from '../../i18n/index.ts';
import { orderedChoices } from '../values/choices.ts';
import { a11yProps, type EditorProps, type FieldOf } from './editor-props.ts';

type Options = FieldOf<'select' | 'multiselect'>['options'];

function useOptions(options: Options) {
  const text = useText();

  return options.map((option) => ({ value: option.value, label: text(option.label) }));
}

/** One of the field's options as a row of radio buttons, named by the field's label. */
export function RadioEditor(props: EditorProps<FieldOf<'select' | 'radio'>>) {
  const { field, value, onChange, disabled } = props;
  const text = useText();
  const options = useOptions(field.options);

  return (
    <Radio.Group
      id={props.id}
      aria-label={props.ariaLabel ?? text(field.label)}
      {...(props.invalid ? { 'aria-invalid': true } : {})}
      {...(props.describedBy ? { 'aria-describedby': props.describedBy } : {})}
      disabled={disabled === true}
      options={options}
      value={typeof value === 'string' ? value : null}
      onChange={(event) =>
        onChange(typeof event.target.value === 'string' ? event.target.value : undefined)
      }
    />
  );
}

/** Several of the field's options, kept in the options' order without repeats. */
export function MultiSelectEditor(props: EditorProps<FieldOf<'multiselect'>>) {
  const { field, value, onChange, invalid } = props;
  const { t } = useTranslation('forms');
  const options = useOptions(field.options);
  const chosen = orderedChoices(field.options, value);

  return (
    <Select<string[]>
      {...a11yProps(props)}
      mode="multiple"
      className="baton-select"
      options={options}
      value={chosen}
      placeholder={t('selectPlaceholder')}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      status={invalid ? 'error' : ''}
      onChange={(next) => {
        const ordered = orderedChoices(field.options, next);
        onChange(ordered.length === 0 ? undefined : ordered);
      }}
    />
  );
}

/** A tick box; its label is the field's. The value is `true` or `false` once touched. */
export function CheckboxEditor(props: EditorProps<FieldOf<'checkbox'>>) {
  const { value, onChange } = props;

  return (
    <Checkbox
      {...a11yProps(props)}
      checked={value === true}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
