import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTRPC } from '../api/trpc.ts';
import { useNotifyError } from '../api/use-api-problem.ts';
import { useFlowsT } from './i18n.ts';

type Values = { templateKey: string; key: string; name: string };

const KEY_PATTERN = /^[a-z][a-z0-9-]{1,63}$/;

/** "从模板创建" / "New from template": picks a template, a new key and a name, then opens it. */
export function NewFromTemplateDialog(props: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  const t = useFlowsT();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<Values>();
  const templates = useQuery({ ...trpc.templates.list.queryOptions(), enabled: props.open });
  const clone = useMutation(trpc.templates.clone.mutationOptions());

  const submit = async (values: Values) => {
    try {
      const result = await clone.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: trpc.flows.list.queryKey() });
      void message.success(t('template.created', { key: result.key }));
      props.onClose();
      form.resetFields();
      void navigate(`/flows/${result.key}`);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Modal
      open={props.open}
      title={t('template.title')}
      okText={t('template.create')}
      cancelText={t('template.cancel')}
      confirmLoading={clone.isPending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="templateKey" label={t('template.template')} rules={[{ required: true }]}>
          <Select
            loading={templates.isPending}
            options={(templates.data ?? []).map((template) => ({
              value: template.key,
              label: template.name,
              title: template.description,
            }))}
            onChange={(templateKey: string) => {
              const template = templates.data?.find((item) => item.key === templateKey);
              if (template && !form.getFieldValue('name'))
                form.setFieldValue('name', template.name);
            }}
          />
        </Form.Item>
        <Form.Item
          name="key"
          label={t('template.key')}
          extra={t('template.keyHelp')}
          rules={[{ required: true, pattern: KEY_PATTERN, message: t('template.keyInvalid') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('template.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
