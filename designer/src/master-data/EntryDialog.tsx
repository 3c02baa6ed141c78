import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { MasterDataKind } from '@baton/schemas';
import { useTRPC } from '../api/trpc.ts';
import { useApiProblem } from '../api/use-api-problem.ts';
import {
  fieldOfPath,
  readEntry,
  type EntryDraft,
  type EntryErrors,
  type EntryField,
} from './entry-draft.ts';
import { useMasterDataT } from './i18n.ts';

/** The entry being edited, or `undefined` for a new one. */
export type EditedEntry = EntryDraft & { readonly active: boolean };

type ServerErrors = Partial<Record<EntryField, string>>;

/**
 * Adds an entry to a list or renames one (its code stays: requests keep the codes they were
 * submitted with). Checked here with the server's rules, then by the server; every error shows
 * at its input, and a new code already in the list is refused rather than overwritten.
 */
export function EntryDialog(props: {
  readonly kind: MasterDataKind;
  readonly entry: EditedEntry | undefined;
  readonly onClose: () => void;
}) {
  const { kind, entry, onClose } = props;
  const t = useMasterDataT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const toProblem = useApiProblem();
  const upsert = useMutation(trpc.masterData.upsert.mutationOptions());
  const [draft, setDraft] = useState<EntryDraft>(entry ?? { code: '', zh: '', en: '' });
  // Renaming keeps the entry as active or inactive as it was; a new one starts active.
  const active = entry?.active ?? true;
  const [errors, setErrors] = useState<EntryErrors>({});
  const [server, setServer] = useState<{ fields: ServerErrors; other?: string }>({ fields: {} });
  const set = (field: EntryField, text: string) => {
    setDraft((current) => ({ ...current, [field]: text }));
    setErrors((current) => ({ ...current, [field]: undefined }));
    setServer((current) => ({ fields: { ...current.fields, [field]: undefined } }));
  };

  const taken = async (code: string) => {
    const found = await queryClient.fetchQuery(
      trpc.masterData.list.queryOptions({ kind, q: code, includeInactive: true, limit: 200 }),
    );

    return found.some((item) => item.code === code);
  };
  const save = async () => {
    const read = readEntry(kind, draft);
    if (!read.ok) return setErrors(read.errors);
    try {
      if (!entry && (await taken(read.input.code))) return setErrors({ code: 'taken' });
      await upsert.mutateAsync({ ...read.input, name: { ...read.input.name }, active });
      await queryClient.invalidateQueries({ queryKey: trpc.masterData.list.pathKey() });
      void message.success(t('dialog.saved', { code: read.input.code }));
      onClose();
    } catch (error) {
      const problem = toProblem(error);
      const fields: ServerErrors = {};
      for (const issue of problem.issues) {
        const field = fieldOfPath(issue.path);
        if (field) fields[field] = issue.message;
      }
      setServer({
        fields,
        ...(Object.keys(fields).length === 0 ? { other: problem.message } : {}),
      });
    }
  };
  const status = (field: EntryField) => {
    const text = server.fields[field] ?? (errors[field] && t(`errors.${errors[field]}`));

    return text ? { validateStatus: 'error' as const, help: text } : {};
  };

  return (
    <Modal
      open
      title={entry ? t('dialog.editTitle', { code: entry.code }) : t('dialog.addTitle')}
      okText={t('dialog.save')}
      cancelText={t('dialog.cancel')}
      confirmLoading={upsert.isPending}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      {server.other && <Alert type="error" showIcon title={server.other} />}
      <Form layout="vertical" component="div">
        <Form.Item label={t('columns.code')} htmlFor="master-data-code" {...status('code')}>
          <Input
            id="master-data-code"
            value={draft.code}
            disabled={entry !== undefined}
            maxLength={100}
            onChange={(event) => set('code', event.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('columns.zh')} htmlFor="master-data-zh" {...status('zh')}>
          <Input
            id="master-data-zh"
            value={draft.zh}
            onChange={(event) => set('zh', event.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('columns.en')} htmlFor="master-data-en" {...status('en')}>
          <Input
            id="master-data-en"
            value={draft.en}
            onChange={(event) => set('en', event.target.value)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
