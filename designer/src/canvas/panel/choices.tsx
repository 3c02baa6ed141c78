import { Form, Select } from 'antd';
import type { ReactNode } from 'react';
import { USER_SEARCH } from '../../forms/org/user-options.ts';
import { renderUserOption } from '../../forms/org/UserOptionView.tsx';
import { useFlowsT } from '../../flows/i18n.ts';

/** An option; people add what a search matches and their username · department. */
export type Option = {
  readonly value: string;
  readonly label: string;
  readonly search?: string;
  readonly detail?: string;
};

type Common = {
  readonly id: string;
  readonly label: string;
  readonly options: readonly Option[];
  readonly extra?: ReactNode;
  /** A problem with the choice, shown under it (the select turns red). */
  readonly error?: string | undefined;
};

function problem(error: string | undefined) {
  return error === undefined ? {} : { validateStatus: 'error' as const, help: error };
}

/** Search by label; people (options with search text) also by username, listed with details. */
function searchProps(options: readonly Option[]) {
  const people = options.some((option) => option.search !== undefined);

  return people
    ? { showSearch: USER_SEARCH, optionRender: renderUserOption }
    : { showSearch: { optionFilterProp: 'label' } };
}

/** A labelled, searchable select of one value. */
export function Choice(
  props: Common & {
    readonly value: string | undefined;
    readonly onChange: (value: string) => void;
  },
) {
  const t = useFlowsT();

  return (
    <Form.Item label={props.label} htmlFor={props.id} extra={props.extra} {...problem(props.error)}>
      <Select<string>
        id={props.id}
        value={props.value ?? null}
        placeholder={t('panel.selectPlaceholder')}
        {...searchProps(props.options)}
        onChange={props.onChange}
        options={[...props.options]}
      />
    </Form.Item>
  );
}

/** A labelled, searchable select of several values. */
export function Choices(
  props: Common & {
    readonly value: readonly string[];
    readonly onChange: (value: string[]) => void;
  },
) {
  const t = useFlowsT();

  return (
    <Form.Item label={props.label} htmlFor={props.id} extra={props.extra} {...problem(props.error)}>
      <Select<string[]>
        id={props.id}
        mode="multiple"
        value={[...props.value]}
        placeholder={t('panel.selectPlaceholder')}
        {...searchProps(props.options)}
        onChange={props.onChange}
        options={[...props.options]}
      />
    </Form.Item>
  );
}
