import { Form, Select } from 'antd';
import type { ReactNode } from 'react';
import { useFlowsT } from '../../flows/i18n.ts';

export type Option = { readonly value: string; readonly label: string };

type Common = {
  readonly id: string;
  readonly label: string;
  readonly options: readonly Option[];
  readonly extra?: ReactNode;
};

/** A labelled, searchable select of one value. */
export function Choice(
  props: Common & {
    readonly value: string | undefined;
    readonly onChange: (value: string) => void;
  },
) {
  const t = useFlowsT();

  return (
    <Form.Item label={props.label} htmlFor={props.id} extra={props.extra}>
      <Select<string>
        id={props.id}
        value={props.value ?? null}
        placeholder={t('panel.selectPlaceholder')}
        showSearch={{ optionFilterProp: 'label' }}
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
    <Form.Item label={props.label} htmlFor={props.id} extra={props.extra}>
      <Select<string[]>
        id={props.id}
        mode="multiple"
        value={[...props.value]}
        placeholder={t('panel.selectPlaceholder')}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={props.onChange}
        options={[...props.options]}
      />
    </Form.Item>
  );
}
