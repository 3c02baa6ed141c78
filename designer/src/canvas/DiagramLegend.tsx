import { useDiagramT } from './diagram-i18n.ts';
import { RUN_STATES } from './run-path.ts';

/** What the diagram's colours mean: a swatch and a word per run state. */
export function DiagramLegend() {
  const t = useDiagramT();

  return (
    <ul className="baton-diagram-legend" aria-label={t('legend')}>
      {RUN_STATES.map((state) => (
        <li key={state} className={`baton-diagram-legend__item baton-run--${state}`}>
          <span className="baton-diagram-legend__swatch" aria-hidden="true" />
          {t(`runState.${state}`)}
        </li>
      ))}
    </ul>
  );
}
