import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Popconfirm, Select } from 'antd';
import { useState } from 'react';
import { type FlowBundle, type FormValues } from '@baton/schemas';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import type { FlowSample } from '../api/types.ts';
import { useNotifyError } from '../api/use-api-problem.ts';
import { FormRenderer, useFormEditor } from '../forms/index.ts';
import { useOrgNames } from '../forms/org/use-org-names.ts';
import { USER_SEARCH } from '../forms/org/user-options.ts';
import { renderUserOption } from '../forms/org/UserOptionView.tsx';
import { useFlowTestT } from './i18n.ts';
import { SamplePicks } from './SamplePicks.tsx';
import { useSamplePickChoices } from './use-sample-pick-choices.ts';

/** A sample as the editor starts from: a saved one, or a new one without an id. */
export type SampleDraft = Pick<FlowSample, 'name' | 'initiatorId' | 'values' | 'picks'> & {
  readonly id?: string | undefined;
};

type Props = {
  readonly flowKey: string;
  readonly bundle: FlowBundle;
  readonly sample: SampleDraft;
  readonly onSaved: (sample: FlowSample) => void;
  readonly onRemoved: () => void;
};

/**
 * One sample request: its name, initiator, form values (the flow's own form) and picks. Saved
 * with `flows.saveSample`; the server checks the values against the draft's form.
 */
export function SampleEditor({ flowKey, bundle, sample, onSaved, onRemoved }: Props) {
  const t = useFlowTestT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const org = useOrgNames();
  const [name, setName] = useState(sample.name);
  const [initiatorId, setInitiatorId] = useState(sample.initiatorId);
  const [picks, setPicks] = useState<Record<string, string[]>>(() =>
    Object.fromEntries(Object.entries(sample.picks).map(([id, ids]) => [id, [...ids]])),
  );
  const editor = useFormEditor(bundle.form, (): FormValues => sample.values);
  const pickChoices = useSamplePickChoices(flowKey, { initiatorId, values: editor.values, picks });
  const listKey = trpc.flows.listSamples.queryKey({ key: flowKey });
  const save = useMutation(
    trpc.flows.saveSample.mutationOptions({
      onSuccess: async (saved) => {
        void message.success(t('saved'));
        await queryClient.invalidateQueries({ queryKey: listKey });
        onSaved(saved);
      },
    }),
  );
  const remove = useMutation(
    trpc.flows.removeSample.mutationOptions({
      onSuccess: async () => {
        void message.success(t('removed'));
        await queryClient.invalidateQueries({ queryKey: listKey });
        onRemoved();
      },
      onError: notifyError,
    }),
  );
  const submit = () =>
    save.mutate({
      key: flowKey,
      ...(sample.id ? { id: sample.id } : {}),
      name: name.trim() === '' ? sample.name : name.trim(),
      initiatorId,
      values: editor.values,
      picks: Object.fromEntries(Object.entries(picks).filter(([, ids]) => ids.length > 0)),
    });

  return (
    <section className="baton-sample-editor" aria-label={t('editor')}>
      {save.isError && (
        <div className="baton-gap-bottom">
          <ApiErrorAlert error={save.error} />
        </div>
      )}
      <Form layout="vertical" component="div">
        <Form.Item label={t('name')} htmlFor="sample-name">
          <Input
            id="sample-name"
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('initiator')} htmlFor="sample-initiator">
          <Select<string>
            id="sample-initiator"
            value={initiatorId === '' ? null : initiatorId}
            showSearch={USER_SEARCH}
            optionRender={renderUserOption}
            options={org.userOptions(initiatorId === '' ? [] : [initiatorId])}
            onChange={setInitiatorId}
          />
        </Form.Item>
        <SamplePicks
          bundle={bundle}
          picks={picks}
          org={org}
          choices={pickChoices.choices}
          previewed={pickChoices.previewed}
          onChange={setPicks}
        />
      </Form>
      <fieldset className="baton-panel__group">
        <legend>{t('values')}</legend>
        <FormRenderer
          form={bundle.form}
          values={editor.values}
          onChange={editor.change}
          issues={editor.issues}
          idPrefix="sample"
        />
      </fieldset>
      <Flex gap="small">
        <Button type="primary" loading={save.isPending} onClick={submit}>
          {t('save')}
        </Button>
        {sample.id !== undefined && (
          <Popconfirm
            title={t('removeConfirm', { name: sample.name })}
            okText={t('remove')}
            cancelText={t('cancel')}
            onConfirm={() => remove.mutate({ key: flowKey, id: sample.id ?? '' })}
          >
            <Button danger loading={remove.isPending}>
              {t('remove')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </section>
  );
}
