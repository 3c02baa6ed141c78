import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A labelled picker of people limited to `candidateIds`: one, or several when `multiple`.
 * The value is always a list of user ids.
 */
export function PickSelect(props: {
  readonly id: string;
  readonly label: string;
  readonly multiple: boolean;
  readonly candidateIds: readonly string[];
  readonly value: readonly string[];
  readonly userName: (userId: string) => string;
  readonly onChange: (userIds: string[]) => void;
  readonly required?: boolean;
  readonly error?: string | undefined;
}) {
  const { t } = useTranslation('forms');
  const options = props.candidateIds.map((userId) => ({
    value: userId,
    label: props.userName(userId),
  }));
  const common = {
    id: props.id,
    className: 'baton-select',
    options,
    placeholder: t('selectPlaceholder'),
    showSearch: { optionFilterProp: 'label' },
    status: props.error ? ('error' as const) : ('' as const),
  };

  return (
    <Form.Item
      label={props.label}
      htmlFor={props.id}
      required={props.required === true}
      validateStatus={props.error ? 'error' : ''}
      help={props.error}
    >
      {props.multiple ? (
        <Select<string[]>
          {...common}
          mode="multiple"
          value={[...props.value]}
          onChange={props.onChange}
        />
      ) : (
        <Select<string>
          {...common}
          value={props.value[0] ?? null}
          allowClear
          onChange={(userId) => props.onChange(userId ? [userId] : [])}
        />
      )}
    </Form.Item>
  );
}
