import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import type { FlowBundle } from '@baton/schemas';
import { readApiProblem } from '../api/errors.ts';
import { useApiProblem } from '../api/use-api-problem.ts';
import { useTRPC } from '../api/trpc.ts';
import { useFlowsT } from './i18n.ts';
import type { FlowEditorState } from './use-flow-editor.ts';

const STALE_REVISION = 'flow.stale-revision';

function isConflict(error: unknown): boolean {
  const problem = readApiProblem(error, { generic: '', network: '' });

  return problem.code === STALE_REVISION || problem.status === 409;
}

/**
 * Save draft, publish, and recovery from a stale revision. A conflict keeps the local edits and
 * offers to overwrite the server's draft with them or to discard them and reload. Unfinished
 * approver rules are never saved (a save says so) and block publishing.
 */
export function useSavePublish(options: {
  flowKey: string;
  editor: FlowEditorState;
  initialRevision: number;
  /** Approver rules unfinished in the panel: a save leaves them out and says so. */
  incompleteCount: number;
}) {
  const { flowKey, editor } = options;
  const t = useFlowsT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const toProblem = useApiProblem();
  const [revision, setRevision] = useState(options.initialRevision);
  const [conflict, setConflict] = useState(false);
  const saveMutation = useMutation(trpc.flows.saveDraft.mutationOptions());
  const publishMutation = useMutation(trpc.flows.publish.mutationOptions());

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.flows.versions.queryKey({ key: flowKey }) }),
      queryClient.invalidateQueries({ queryKey: trpc.flows.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.flows.get.queryKey({ key: flowKey }) }),
    ]);
  const fetchServerDraft = () =>
    queryClient.fetchQuery({ ...trpc.flows.get.queryOptions({ key: flowKey }), staleTime: 0 });

  const saveAt = async (expectedRevision: number, bundle: FlowBundle) => {
    try {
      const result = await saveMutation.mutateAsync({ key: flowKey, bundle, expectedRevision });
      setRevision(result.draftRevision);
      editor.markSaved(bundle);
      setConflict(false);
      void message.success(t('toolbar.savedMessage', { revision: result.draftRevision }));
      if (options.incompleteCount > 0)
        void message.warning(t('toolbar.incompleteNotSaved', { count: options.incompleteCount }));

      return result.draftRevision;
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else void message.error(toProblem(error).message);

      return undefined;
    }
  };

  const save = () => saveAt(revision, editor.bundle);

  const publish = async () => {
    if (options.incompleteCount > 0) return;
    const at = editor.dirty ? await save() : revision;
    if (at === undefined) return;
    try {
      const result = await publishMutation.mutateAsync({ key: flowKey, expectedRevision: at });
      void message.success(t('toolbar.published', { version: result.version }));
      await refresh();
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else void message.error(toProblem(error).message);
    }
  };

  const overwrite = async () => {
    const server = await fetchServerDraft();
    await saveAt(server.draftRevision, editor.bundle);
  };

  const reload = async () => {
    const server = await fetchServerDraft();
    editor.reset(server.bundle);
    setRevision(server.draftRevision);
    setConflict(false);
  };

  return {
    revision,
    conflict,
    saving: saveMutation.isPending,
    publishing: publishMutation.isPending,
    save,
    publish,
    overwrite,
    reload,
    refresh,
  };
}
