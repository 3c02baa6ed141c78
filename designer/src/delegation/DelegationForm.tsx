import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import { useApiProblem } from '../api/use-api-problem.ts';
import { useCurrentUser } from '../auth/session.ts';
import { Choice, Choices } from '../canvas/panel/choices.tsx';
import { usePeopleOptions } from '../canvas/panel/RuleFields.tsx';
import { useOrgData } from '../flows/org-data.ts';
import {
  emptyDraft,
  readDraft,
  type DelegationDraft,
  type DraftField,
} from './delegation-draft.ts';
import { useDelegationT } from './i18n.ts';

type FieldErrors = Partial<Record<DraftField, string>>;

const FIELDS: readonly string[] = ['userId', 'delegateId', 'startsAt', 'endsAt', 'amountCap'];

function isField(value: unknown): value is DraftField {
  return typeof value === 'string' && FIELDS.includes(value);
}

function status(error: string | undefined) {
  return error === undefined ? {} : { validateStatus: 'error' as const, help: error };
}

/**
 * A new out-of-office delegation: delegate, window, optional flows and amount cap. Checked here
 * first (the same rules as the server), then by the server, whose issues show at their fields.
 * With `forOthers` (admins on the all-delegations page) it also asks who is away.
 */
export function DelegationForm(props: {
  readonly forOthers: boolean;
  readonly onSaved: () => void;
}) {
  const t = useDelegationT();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const toProblem = useApiProblem();
  const self = useCurrentUser();
  const { info } = useOrgData();
  const people = usePeopleOptions(info);
  const flows = useQuery(trpc.instances.startable.queryOptions());
  const create = useMutation(trpc.delegations.create.mutationOptions());
  const [draft, setDraft] = useState<DelegationDraft>(() => emptyDraft(new Date()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<DelegationDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) if (isField(key)) delete next[key];

      return next;
    });
  };

  const submit = async () => {
    const context = { now: new Date(), self: self.id, needsUser: props.forOthers };
    const { input, problems } = readDraft(draft, context);
    setErrors(Object.fromEntries(problems.map((problem) => [problem.field, t(problem.message)])));
    if (!input) return;
    try {
      const view = await create.mutateAsync(input);
      void message.success(t('form.created', { name: view.delegate.name }));
      setDraft(emptyDraft(new Date()));
      props.onSaved();
    } catch (error) {
      const issues = toProblem(error).issues;
      const at = issues.filter((issue) => isField(issue.path[0]));
      setErrors(Object.fromEntries(at.map((issue) => [issue.path[0], issue.message])));
    }
  };
  const one = (id: string | undefined) => (id === undefined ? [] : [id]);
  const flowOptions = (flows.data ?? []).map((flow) => ({ value: flow.flowKey, label: flow.name }));

  return (
    <Card title={t('form.title')} size="small">
      <Form layout="vertical" component="div" style={{ maxWidth: 720 }}>
        {props.forOthers && (
          <Choice
            id="delegation-user"
            label={t('form.user')}
            error={errors.userId}
            value={draft.userId}
            options={people(one(draft.userId))}
            onChange={(userId) => set({ userId })}
          />
        )}
        <Choice
          id="delegation-delegate"
          label={t('form.delegate')}
          error={errors.delegateId}
          value={draft.delegateId}
          options={people(one(draft.delegateId))}
          onChange={(delegateId) => set({ delegateId })}
        />
        <Form.Item
          label={t('form.startsAt')}
          htmlFor="delegation-starts"
          {...status(errors.startsAt)}
        >
          <Input
            id="delegation-starts"
            type="datetime-local"
            value={draft.startsAt}
            onChange={(event) => set({ startsAt: event.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('form.endsAt')} htmlFor="delegation-ends" {...status(errors.endsAt)}>
          <Input
            id="delegation-ends"
            type="datetime-local"
            value={draft.endsAt}
            onChange={(event) => set({ endsAt: event.target.value })}
          />
        </Form.Item>
        <Choices
          id="delegation-flows"
          label={t('form.flows')}
          extra={t('form.flowsHelp')}
          value={draft.flowKeys}
          options={flowOptions}
          onChange={(flowKeys) => set({ flowKeys })}
        />
        <Form.Item
          label={t('form.amountCap')}
          htmlFor="delegation-cap"
          extra={errors.amountCap === undefined ? t('form.amountCapHelp') : undefined}
          {...status(errors.amountCap)}
        >
          <Input
            id="delegation-cap"
            inputMode="decimal"
            value={draft.amountCap}
            onChange={(event) => set({ amountCap: event.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('form.reason')} htmlFor="delegation-reason">
          <Input.TextArea
            id="delegation-reason"
            maxLength={500}
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={draft.reason}
            onChange={(event) => set({ reason: event.target.value })}
          />
        </Form.Item>
        {create.isError && Object.keys(errors).length === 0 && (
          <ApiErrorAlert error={create.error} />
        )}
        <Button type="primary" loading={create.isPending} onClick={() => void submit()}>
          {t('form.create')}
        </Button>
      </Form>
    </Card>
  );
}
