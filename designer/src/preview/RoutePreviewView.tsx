import { Alert, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { resolveText } from '@baton/schemas';
import type { PreviewStep, RoutePreview } from '../api/types.ts';
import { useLocale } from '../i18n/index.ts';
import { usePreviewT } from './i18n.ts';
import './preview.css';

export type RoutePreviewViewProps = {
  readonly preview: RoutePreview;
  readonly userName: (userId: string) => string;
  /** Accessible name of the list of steps (defaults to "审批路径" / "Approval path"). */
  readonly label?: string;
  /** Show the refusal on top (default); off where the page shows it by the submit button. */
  readonly showRefusal?: boolean;
  /** Renders something under a step, e.g. a picker where someone must pick its approvers. */
  readonly renderExtra?: (step: PreviewStep) => ReactNode;
  /**
   * Who reads it: the person submitting ("you pick the approvers", the default), or the
   * process owner testing the flow ("the initiator picks the approvers").
   */
  readonly audience?: 'initiator' | 'designer';
};

const OUTCOME_COLORS: Readonly<Record<PreviewStep['outcome'], string>> = {
  tasks: 'blue',
  autoApproved: 'green',
  autoRejected: 'red',
  needsPick: 'orange',
  refused: 'red',
};

type StepProps = Pick<RoutePreviewViewProps, 'userName' | 'renderExtra' | 'audience'> & {
  readonly step: PreviewStep;
};

function StepItem(props: StepProps) {
  const { step, userName } = props;
  const t = usePreviewT();
  const locale = useLocale();
  const name = resolveText(step.name, locale);
  // Until someone picks, the preview goes on with a stand-in candidate: not a real approver.
  const people = step.outcome === 'needsPick' ? [] : step.assignees;

  return (
    <li className="baton-route__step" aria-label={name}>
      <div className="baton-route__head">
        <Typography.Text strong>{name}</Typography.Text>
        <Tag>{t(`route.kinds.${step.kind}`)}</Tag>
        {step.kind === 'approval' && step.assignees.length > 1 && (
          <Tag>{`${t(`route.modes.${step.mode}`)} · ${t('route.needed', { count: step.needed })}`}</Tag>
        )}
        <Tag color={OUTCOME_COLORS[step.outcome]}>{t(`route.stepOutcomes.${step.outcome}`)}</Tag>
        {step.fallback && <Tag color="orange">{t('route.fallback')}</Tag>}
      </div>
      <Typography.Text type="secondary" className="baton-route__reason">
        {t('route.why', { reason: step.reason[locale] })}
      </Typography.Text>
      {people.length === 0 && step.outcome === 'tasks' && (
        <Typography.Text type="secondary">{t('route.nobody')}</Typography.Text>
      )}
      {people.length > 0 && (
        <ul className="baton-route__people">
          {people.map((assignee) => (
            <li key={assignee.userId}>
              <strong>{userName(assignee.userId)}</strong>
              <span className="baton-route__why">{assignee.reason[locale]}</span>
              {assignee.auto && <Tag color="green">{t(`route.auto.${assignee.auto}`)}</Tag>}
            </li>
          ))}
        </ul>
      )}
      {step.pick && (
        <Typography.Paragraph>
          {t(
            props.audience === 'designer'
              ? `route.pickByOthers.${step.pick.by}`
              : `route.pickBy.${step.pick.by}`,
          )}
        </Typography.Paragraph>
      )}
      {step.facts.length > 0 && (
        <details className="baton-route__facts">
          <summary>{t('route.facts')}</summary>
          <ul>
            {step.facts.map((fact, index) => (
              <li key={index}>{fact[locale]}</li>
            ))}
          </ul>
        </details>
      )}
      {props.renderExtra?.(step)}
    </li>
  );
}

/**
 * A route preview: each step in order with its people and why each was chosen, the facts the
 * resolution used, and how the request would end; a refusal first, as an error.
 */
export function RoutePreviewView(props: RoutePreviewViewProps) {
  const { preview, label, showRefusal = true, userName, renderExtra, audience } = props;
  const t = usePreviewT();
  const locale = useLocale();

  return (
    <div className="baton-route">
      {showRefusal && preview.refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('route.refused', { message: preview.refusal.message[locale] })}
        />
      )}
      {preview.steps.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('route.noSteps')}</Typography.Paragraph>
      ) : (
        <ol className="baton-route__steps" aria-label={label ?? t('route.path')}>
          {preview.steps.map((step, index) => (
            <StepItem
              key={`${step.nodeId}-${index}`}
              step={step}
              userName={userName}
              {...(renderExtra ? { renderExtra } : {})}
              {...(audience ? { audience } : {})}
            />
          ))}
        </ol>
      )}
      <Typography.Text type={preview.outcome === 'completed' ? 'success' : 'danger'}>
        {t(`route.outcomes.${preview.outcome}`)}
      </Typography.Text>
    </div>
  );
}
