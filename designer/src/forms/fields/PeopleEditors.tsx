import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { userIdsOf } from '../org/org-names.ts';
import { useOrgNames } from '../org/use-org-names.ts';
import { USER_SEARCH } from '../org/user-options.ts';
import { renderUserOption } from '../org/UserOptionView.tsx';
import { a11yProps, type EditorProps, type FieldOf } from './editor-props.ts';

/**
 * A person of the organization (several when the field allows), searchable by name and
 * username, listed with their username and department; a disabled one chosen earlier is marked.
 */
export function UserEditor(props: EditorProps<FieldOf<'user'>>) {
  const { field, value, onChange, invalid } = props;
  const { t } = useTranslation('forms');
  const org = useOrgNames();
  const chosen = userIdsOf(value);
  const common = {
    ...a11yProps(props),
    className: 'baton-select',
    options: org.userOptions(chosen),
    placeholder: t('selectPlaceholder'),
    allowClear: !field.required,
    showSearch: USER_SEARCH,
    optionRender: renderUserOption,
    status: invalid ? ('error' as const) : ('' as const),
  };

  if (field.multiple) {
    return (
      <Select<string[]>
        {...common}
        mode="multiple"
        value={chosen}
        onChange={(ids) => onChange(ids.length === 0 ? undefined : ids)}
      />
    );
  }

  return (
    <Select<string>
      {...common}
      value={chosen[0] ?? null}
      onChange={(id) => onChange(id ?? undefined)}
    />
  );
}

/** A department of the organization, searchable by name. */
export function DepartmentEditor(props: EditorProps<FieldOf<'department'>>) {
  const { field, value, onChange, invalid } = props;
  const { t } = useTranslation('forms');
  const org = useOrgNames();

  return (
    <Select<string>
      {...a11yProps(props)}
      className="baton-select"
      options={[...org.departments]}
      value={typeof value === 'string' && value !== '' ? value : null}
      placeholder={t('selectPlaceholder')}
      allowClear={!field.required}
      showSearch={{ optionFilterProp: 'label' }}
      status={invalid ? 'error' : ''}
      onChange={(id) => onChange(id ?? undefined)}
    />
  );
}
