import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Form, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { resolveText, type FormValues } from '@baton/schemas';
import { useTRPCClient } from '../api/trpc.ts';
import type { RoutePreview } from '../api/types.ts';
import { useApiProblem } from '../api/use-api-problem.ts';
import { useOrgNames } from '../forms/org/use-org-names.ts';
import { useLocale } from '../i18n/index.ts';
import { usePreviewT } from './i18n.ts';
import { PickSelect } from './PickSelect.tsx';
import { picksToSend, rememberPickChoices, type PickChoice, type Picks } from './picks.ts';
import { RoutePreviewView } from './RoutePreviewView.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';

/** How long the preview waits after the last change before asking the server again. */
const PREVIEW_DELAY_MS = 400;

export type ApprovalPreviewProps = {
  readonly flowKey: string;
  readonly values: FormValues;
  readonly picks: Picks;
  readonly onPicksChange: (picks: Picks) => void;
  /** The latest preview (or `undefined` while there is none), for checks before submitting. */
  readonly onResult: (preview: RoutePreview | undefined) => void;
  /** Prefix of the pickers' ids, when two forms share a page. */
  readonly idPrefix?: string;
};

/**
 * "审批预览" / "Approval preview" beside a submission form: as values change (debounced), the
 * path and each step's approvers with the reason for each, pickers limited to the candidates
 * where the initiator picks approvers, and a refusal before the user submits.
 */
export function ApprovalPreview(props: ApprovalPreviewProps) {
  const { flowKey, picks, onPicksChange, onResult, idPrefix = 'preview' } = props;
  const t = usePreviewT();
  const locale = useLocale();
  const client = useTRPCClient();
  const toProblem = useApiProblem();
  const org = useOrgNames();
  const request = useMemo(() => ({ values: props.values, picks }), [props.values, picks]);
  const settled = useDebouncedValue(request, PREVIEW_DELAY_MS);
  const query = useQuery({
    queryKey: ['instances.preview', flowKey, settled],
    queryFn: () => {
      const sent = picksToSend(settled.picks);

      return client.instances.preview.mutate({
        flowKey,
        values: settled.values,
        ...(sent ? { picks: sent } : {}),
      });
    },
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });
  const [choices, setChoices] = useState<Readonly<Record<string, PickChoice>>>({});
  const preview = query.isError ? undefined : query.data;
  useEffect(() => {
    onResult(preview);
    if (preview) setChoices((known) => rememberPickChoices(known, preview));
  }, [preview, onResult]);

  return (
    <Card
      title={t('route.title')}
      extra={query.isFetching ? <Spin size="small" aria-label={t('route.loading')} /> : null}
      className="baton-approval-preview"
    >
      <section aria-label={t('route.title')}>
        {query.isError && (
          <Typography.Paragraph type="secondary">
            {t('route.incomplete')} {toProblem(query.error).message}
          </Typography.Paragraph>
        )}
        {!preview && query.isPending && (
          <Typography.Paragraph type="secondary">{t('route.loading')}</Typography.Paragraph>
        )}
        {preview && (
          <Form layout="vertical" component="div">
            <Typography.Paragraph type="secondary">{t('route.hint')}</Typography.Paragraph>
            <RoutePreviewView
              preview={preview}
              showRefusal={false}
              userName={org.userName}
              renderExtra={(step) => {
                const choice = choices[step.nodeId];
                if (!choice) return null;
                const label = t('route.pickLabel', { step: resolveText(step.name, locale) });

                return (
                  <PickSelect
                    id={`${idPrefix}-pick-${step.nodeId}`}
                    label={label}
                    required
                    multiple={choice.multiple}
                    candidateIds={choice.candidateIds}
                    value={picks[step.nodeId] ?? []}
                    userOption={org.userOption}
                    onChange={(userIds) => onPicksChange({ ...picks, [step.nodeId]: userIds })}
                  />
                );
              }}
            />
          </Form>
        )}
      </section>
    </Card>
  );
}
