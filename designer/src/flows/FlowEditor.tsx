import { Spin, Tabs } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { hasErrors, type FlowBundle, type Org } from '@baton/schemas';
import type { OrgInfo } from '../canvas/approver-summary.ts';
import type { Selection } from '../canvas/selection.ts';
import { RuleDraftContext } from '../canvas/panel/use-rule-drafts.ts';
import { FormBuilder } from '../form-builder/FormBuilder.tsx';
import { JsonTab } from '../monaco/JsonTab.tsx';
import { ConflictAlert } from './ConflictAlert.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { FieldAccessTab } from './field-access/FieldAccessTab.tsx';
import { FlowTab } from './FlowTab.tsx';
import { useFlowsT } from './i18n.ts';
import { useFlowEditor } from './use-flow-editor.ts';
import { useFlowIssues } from './use-flow-issues.ts';
import { useIncompleteRules } from './use-incomplete-rules.ts';
import { useLeaveGuard } from './use-leave-guard.ts';
import { useSavePublish } from './use-save-publish.ts';
import { useUndoShortcuts } from './use-undo-shortcuts.ts';
import { VersionsTab } from './VersionsTab.tsx';

// The Test tab (sample editor, previews, diffs) loads when it is first opened.
const TestTab = lazy(() => import('../flow-test/TestTab.tsx'));

export type FlowEditorProps = {
  readonly flowKey: string;
  readonly initial: FlowBundle;
  readonly draftRevision: number;
  /** The latest published version, 0 when there is none. */
  readonly latestVersion: number;
  readonly org: Org | undefined;
  readonly orgInfo: OrgInfo;
};

/**
 * One flow open for editing: toolbar, and the Flow, Form, Field permissions, Test, JSON and
 * Versions tabs. Approver rules left unfinished in the panel are issues too (publishing waits
 * for them), and leaving with unsaved changes asks first.
 */
export function FlowEditor(props: FlowEditorProps) {
  const { flowKey, org, orgInfo } = props;
  const t = useFlowsT();
  const editor = useFlowEditor(props.initial);
  const checked = useFlowIssues(editor.bundle, org);
  const incomplete = useIncompleteRules(editor.bundle);
  const issues = useMemo(() => [...incomplete.issues, ...checked], [incomplete.issues, checked]);
  const incompleteCount = incomplete.issues.length;
  const actions = useSavePublish({
    flowKey,
    editor,
    initialRevision: props.draftRevision,
    incompleteCount,
  });
  useLeaveGuard(editor.dirty || incompleteCount > 0);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [tab, setTab] = useState('flow');
  const select = useCallback((next: Selection | null) => {
    setSelection(next);
    if (next) setTab('flow');
  }, []);
  useUndoShortcuts(editor);
  const errorCount = issues.filter((issue) => issue.severity === 'error').length;

  const items = [
    {
      key: 'flow',
      label: t('editor.tabs.flow'),
      children: (
        <FlowTab
          bundle={editor.bundle}
          issues={issues}
          selection={selection}
          onSelect={select}
          run={editor.run}
          org={orgInfo}
        />
      ),
    },
    {
      key: 'form',
      label: t('editor.tabs.form'),
      children: (
        <FormBuilder flowKey={flowKey} form={editor.bundle.form} issues={issues} run={editor.run} />
      ),
    },
    {
      key: 'access',
      label: t('editor.tabs.access'),
      children: <FieldAccessTab bundle={editor.bundle} issues={issues} run={editor.run} />,
    },
    {
      key: 'test',
      label: t('editor.tabs.test'),
      children: (
        <Suspense fallback={<Spin />}>
          <TestTab
            flowKey={flowKey}
            bundle={editor.bundle}
            dirty={editor.dirty}
            onSaveDraft={() => void actions.save()}
            latestVersion={props.latestVersion}
          />
        </Suspense>
      ),
    },
    {
      key: 'json',
      label: t('editor.tabs.json'),
      children: <JsonTab bundle={editor.bundle} issues={checked} org={org} run={editor.run} />,
    },
    {
      key: 'versions',
      label: t('editor.tabs.versions'),
      children: <VersionsTab flowKey={flowKey} onChanged={() => void actions.refresh()} />,
    },
  ];

  return (
    <RuleDraftContext.Provider value={incomplete.store}>
      <div className="baton-flow-editor">
        <EditorToolbar
          canUndo={editor.canUndo}
          canRedo={editor.canRedo}
          onUndo={editor.undo}
          onRedo={editor.redo}
          dirty={editor.dirty}
          revision={actions.revision}
          saving={actions.saving}
          publishing={actions.publishing}
          onSave={() => void actions.save()}
          onPublish={() => void actions.publish()}
          errorCount={hasErrors(issues) ? errorCount : 0}
          incompleteCount={incompleteCount}
          issueCount={issues.length}
        />
        {actions.conflict && (
          <ConflictAlert
            onOverwrite={() => void actions.overwrite()}
            onReload={() => void actions.reload()}
          />
        )}
        <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden={false} />
      </div>
    </RuleDraftContext.Provider>
  );
}
