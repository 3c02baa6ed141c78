import { useTranslation } from 'react-i18next';
import { registerNamespace } from '../i18n/index.ts';
import { diagramEn, diagramZh } from './diagram-messages.ts';

/** The i18next namespace of the read-only diagram's run states and legend. */
export const DIAGRAM_NS = 'diagram';

registerNamespace(DIAGRAM_NS, { 'zh-CN': diagramZh, en: diagramEn });

/** `t` for the diagram's texts. */
export function useDiagramT() {
  return useTranslation(DIAGRAM_NS).t;
}
