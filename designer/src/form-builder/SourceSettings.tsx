import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { MasterDataKind, type FormField } from '@baton/schemas';
import { useTRPC } from '../api/trpc.ts';
import { useFormBuilderT } from './i18n.ts';

type RemoteField = Extract<FormField, { type: 'remote' }>;
type ReferenceField = Extract<FormField, { type: 'reference' }>;

/** Which master-data list a remote-options field picks from. */
export function RemoteSettings(props: {
  readonly idPrefix: string;
  readonly field: RemoteField;
  readonly commit: (field: RemoteField) => void;
}) {
  const { idPrefix, field, commit } = props;
  const t = useFormBuilderT();

  return (
    <Form.Item label={t('settings.source')} htmlFor={`${idPrefix}-source`}>
      <Select<MasterDataKind>
        id={`${idPrefix}-source`}
        value={field.source}
        onChange={(source) => commit({ ...field, source })}
        options={MasterDataKind.options.map((kind) => ({
          value: kind,
          label: t(`sources.${kind}`),
        }))}
      />
    </Form.Item>
  );
}

/** The flows whose requests a reference field may point to (none chosen: any flow). */
export function ReferenceSettings(props: {
  readonly idPrefix: string;
  readonly field: ReferenceField;
  readonly commit: (field: ReferenceField) => void;
}) {
  const { idPrefix, field, commit } = props;
  const t = useFormBuilderT();
  const trpc = useTRPC();
  const flows = useQuery(trpc.flows.list.queryOptions());
  const known = new Map((flows.data ?? []).map((flow) => [flow.key, flow.name]));

  return (
    <Form.Item
      label={t('settings.flowKeys')}
      htmlFor={`${idPrefix}-flow-keys`}
      extra={t('settings.flowKeysHelp')}
    >
      <Select<string[]>
        id={`${idPrefix}-flow-keys`}
        mode="multiple"
        loading={flows.isPending}
        value={field.flowKeys}
        onChange={(flowKeys) => commit({ ...field, flowKeys })}
        options={[...new Set([...known.keys(), ...field.flowKeys])].map((key) => ({
          value: key,
          label: known.get(key) ?? key,
        }))}
      />
    </Form.Item>
  );
}
