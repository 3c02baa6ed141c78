import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrgNames } from '../../../forms/org/use-org-names.ts';
import { PickSelect } from '../../../preview/PickSelect.tsx';

/**
 * A note or a reason for an action. `required` (an admin's reason) marks it and shows `error`
 * once the user tried to confirm without one.
 */
export function NoteField(props: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly reason?: boolean;
  readonly missing?: boolean;
}) {
  const { t } = useTranslation('requestPage');
  const reason = props.reason === true;

  return (
    <Form.Item
      label={reason ? t('act.reason') : t('act.comment')}
      htmlFor={props.id}
      required={reason}
      validateStatus={props.missing ? 'error' : ''}
      help={props.missing ? t('act.reasonRequired') : undefined}
    >
      <Input.TextArea
        id={props.id}
        value={props.value}
        maxLength={2000}
        autoSize={{ minRows: 2, maxRows: 6 }}
        placeholder={reason ? t('act.reasonPlaceholder') : t('act.commentPlaceholder')}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Form.Item>
  );
}

/**
 * People of the organization to act with (the existing picker over every enabled person, less
 * `exclude`): one, or several when `multiple`.
 */
export function PeopleField(props: {
  readonly id: string;
  readonly multiple: boolean;
  readonly value: readonly string[];
  readonly onChange: (userIds: string[]) => void;
  readonly exclude?: readonly string[];
  readonly missing?: boolean;
}) {
  const { t } = useTranslation('requestPage');
  const org = useOrgNames();
  const excluded = new Set(props.exclude ?? []);
  const candidateIds = org.users.map((user) => user.value).filter((id) => !excluded.has(id));
  const label = props.multiple ? t('act.people') : t('act.person');
  const missing = props.multiple ? t('act.peopleRequired') : t('act.personRequired');

  return (
    <PickSelect
      id={props.id}
      label={label}
      required
      multiple={props.multiple}
      candidateIds={candidateIds}
      value={props.value}
      userOption={org.userOption}
      error={props.missing ? missing : undefined}
      onChange={props.onChange}
    />
  );
}

/** A required choice among `options` (a task, a step), with `missing` shown once it is due. */
export function ChoiceField(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string | undefined;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
  readonly missing?: string | undefined;
}) {
  return (
    <Form.Item
      label={props.label}
      htmlFor={props.id}
      required
      validateStatus={props.missing ? 'error' : ''}
      help={props.missing}
    >
      <Select<string>
        id={props.id}
        className="baton-select"
        value={props.value ?? null}
        options={props.options.map((option) => ({ ...option }))}
        onChange={props.onChange}
      />
    </Form.Item>
  );
}

/** A trimmed note as an optional field of an action's input. */
export function optionalComment(note: string): { comment?: string } {
  const trimmed = note.trim();

  return trimmed === '' ? {} : { comment: trimmed };
}
