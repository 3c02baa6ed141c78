import { Typography } from 'antd';
import { resolveText, type FlowBundle, type ValidationIssue } from '@baton/schemas';
import type { Selection } from '../canvas/selection.ts';
import { useLocale } from '../i18n/index.ts';
import { useFlowsT } from './i18n.ts';
import { SeverityTag } from './SeverityTag.tsx';

function targetOf(issue: ValidationIssue): Selection | null {
  if (issue.nodeId) return { kind: 'node', id: issue.nodeId };

  return issue.edgeId ? { kind: 'edge', id: issue.edgeId } : null;
}

/**
 * The checker's issues ("问题" / "Issues"). An issue about a node or an edge is a button that
 * selects it on the canvas and opens it in the property panel.
 */
export function IssuesPanel(props: {
  readonly bundle: FlowBundle;
  readonly issues: readonly ValidationIssue[];
  readonly onSelect: (selection: Selection) => void;
}) {
  const t = useFlowsT();
  const locale = useLocale();
  const nameOf = (selection: Selection) => {
    if (selection.kind === 'edge') {
      const edge = props.bundle.flow.edges.find((candidate) => candidate.id === selection.id);
      const end = (id: string) => {
        const node = props.bundle.flow.nodes.find((candidate) => candidate.id === id);
        return node ? resolveText(node.name, locale) : id;
      };

      return edge ? `${end(edge.source)} → ${end(edge.target)}` : selection.id;
    }
    const node = props.bundle.flow.nodes.find((candidate) => candidate.id === selection.id);

    return node ? resolveText(node.name, locale) : selection.id;
  };

  return (
    <section className="baton-issues nokey" aria-labelledby="baton-issues-title">
      <Typography.Title level={5} id="baton-issues-title">
        {t('issues.title')} ({props.issues.length})
      </Typography.Title>
      {props.issues.length === 0 ? (
        <Typography.Paragraph type="success">{t('issues.none')}</Typography.Paragraph>
      ) : (
        <ul className="baton-issues__list">
          {props.issues.map((issue, index) => {
            const target = targetOf(issue);
            const severity = <SeverityTag severity={issue.severity} />;

            return (
              <li key={`${issue.code}-${index}`}>
                {severity}
                {target ? (
                  <button
                    type="button"
                    className="baton-issues__item"
                    onClick={() => props.onSelect(target)}
                    title={t('issues.select', { target: nameOf(target) })}
                  >
                    <strong>{nameOf(target)}</strong> {issue.message}
                  </button>
                ) : (
                  <span className="baton-issues__item">
                    <strong>{t('issues.flowLevel')}</strong> {issue.message}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
