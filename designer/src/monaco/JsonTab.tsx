import { Alert, App, Button, Space, Spin } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { replaceBundle, type FlowBundle, type Org, type ValidationIssue } from '@baton/schemas';
import type { RunCommand } from '../canvas/selection.ts';
import { useFlowsT } from '../flows/i18n.ts';
import { useLocale } from '../i18n/index.ts';
import { analyzeJson, issueMarkers } from './json-markers.ts';

// Monaco is large: it loads only when the JSON tab is first shown.
const JsonEditor = lazy(() => import('./JsonEditor.tsx'));

const ANALYZE_DELAY_MS = 250;

function toJson(bundle: FlowBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/**
 * The JSON view of the bundle. Typing shows syntax errors and the checker's issues as markers;
 * "Apply" replaces the bundle through a command (undoable) when the text is a valid bundle.
 * Edits made elsewhere replace the text unless it holds unapplied changes.
 */
export function JsonTab(props: {
  readonly bundle: FlowBundle;
  readonly issues: readonly ValidationIssue[];
  readonly org: Org | undefined;
  readonly run: RunCommand;
}) {
  const { bundle, issues, org, run } = props;
  const t = useFlowsT();
  const locale = useLocale();
  const { message } = App.useApp();
  const current = useMemo(() => toJson(bundle), [bundle]);
  const [text, setText] = useState(current);
  const [replacement, setReplacement] = useState({ text: current, serial: 0 });
  const shown = useRef(current);
  const [analysis, setAnalysis] = useState(() => analyzeJson(current, { org, locale }));

  useEffect(() => {
    if (text === shown.current && current !== shown.current) {
      setText(current);
      setReplacement((previous) => ({ text: current, serial: previous.serial + 1 }));
    }
    shown.current = current;
  }, [current, text]);

  useEffect(() => {
    const analyze = () => setAnalysis(analyzeJson(text, { org, locale }));
    const timer = window.setTimeout(analyze, ANALYZE_DELAY_MS);

    return () => window.clearTimeout(timer);
  }, [text, org, locale]);

  const unchanged = text === current;
  const markers = unchanged ? issueMarkers(text, issues) : analysis.markers;
  const applicable = analysis.kind === 'parsed' ? analysis.bundle : undefined;
  const show = (json: string) => {
    shown.current = json;
    setText(json);
    setReplacement((previous) => ({ text: json, serial: previous.serial + 1 }));
  };
  const apply = () => {
    const next = applicable && run(replaceBundle({ bundle: applicable, name: 'editJson' }));
    if (!next) return;
    show(toJson(next));
    void message.success(t('json.applied'));
  };

  return (
    <div className="baton-json-tab">
      <Space className="baton-json-tab__actions">
        <Button type="primary" disabled={unchanged || !applicable} onClick={apply}>
          {t('json.apply')}
        </Button>
        <Button disabled={unchanged} onClick={() => show(current)}>
          {t('json.revert')}
        </Button>
      </Space>
      {!unchanged && analysis.kind === 'syntax' && (
        <Alert type="error" showIcon title={t('json.invalidJson', { message: analysis.message })} />
      )}
      {!unchanged && analysis.kind === 'parsed' && !analysis.bundle && (
        <Alert
          type="error"
          showIcon
          title={t('json.invalidBundle', { count: analysis.issueCount })}
        />
      )}
      <div className="baton-json-tab__editor nokey">
        <Suspense fallback={<Spin tip={t('json.loading')} />}>
          <JsonEditor
            defaultValue={text}
            replacement={replacement}
            markers={markers}
            onChange={setText}
            ariaLabel={t('json.editorLabel')}
          />
        </Suspense>
      </div>
    </div>
  );
}
