import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { USER_SEARCH, type UserOption } from '../forms/org/user-options.ts';
import { renderUserOption } from '../forms/org/UserOptionView.tsx';

/**
 * A labelled picker of people limited to `candidateIds`: one, or several when `multiple`,
 * searchable by name and username. The value is always a list of user ids.
 */
export function PickSelect(props: {
  readonly id: string;
  readonly label: string;
  readonly multiple: boolean;
  readonly candidateIds: readonly string[];
  readonly value: readonly string[];
  /** A person as an option (name, username · department), e.g. `OrgNames.userOption`. */
  readonly userOption: (userId: string) => UserOption;
  readonly onChange: (userIds: string[]) => void;
  readonly required?: boolean;
  readonly error?: string | undefined;
  /** Shown under the picker when there is no error, e.g. why nobody can be picked. */
  readonly help?: string | undefined;
  /** A warning under the picker (the picks still count), e.g. someone outside the range. */
  readonly warning?: string | undefined;
}) {
  const { t } = useTranslation('forms');
  const options = props.candidateIds.map(props.userOption);
  const status = props.error ? 'error' : props.warning ? 'warning' : '';
  const common = {
    id: props.id,
    className: 'baton-select',
    options,
    placeholder: t('selectPlaceholder'),
    showSearch: USER_SEARCH,
    optionRender: renderUserOption,
    status,
  } as const;

  return (
    <Form.Item
      label={props.label}
      htmlFor={props.id}
      required={props.required === true}
      validateStatus={status}
      help={props.error ?? props.warning ?? props.help}
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
