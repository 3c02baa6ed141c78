import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useDiagramT } from './diagram-i18n.ts';

/**
 * React Flow's own texts (zoom buttons, keyboard hints, the live message after a move) in the
 * UI language, for `ariaLabelConfig` on every canvas and diagram.
 */
export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const t = useDiagramT();

  return useMemo(
    () => ({
      'node.a11yDescription.default': t('flow.node'),
      'node.a11yDescription.keyboardDisabled': t('flow.nodeKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ x, y }) => t('flow.moved', { x, y }),
      'edge.a11yDescription.default': t('flow.edge'),
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
      'controls.fitView.ariaLabel': t('flow.fitView'),
      'controls.interactive.ariaLabel': t('flow.interactive'),
      'minimap.ariaLabel': t('flow.minimap'),
      'handle.ariaLabel': t('flow.handle'),
    }),
    [t],
  );
}
