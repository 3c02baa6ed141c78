import { useTranslation } from 'react-i18next';
import {
  BatonError,
  connectionRuleMessages,
  flowEditMessages,
  formatMessage,
  type ErrorMessages,
  type Locale,
} from '@baton/schemas';
import { registerNamespace } from '../i18n/index.ts';
import { flowsEn } from './messages-en.ts';
import { flowsZh } from './messages-zh-CN.ts';

/** The i18next namespace of the flow designer (canvas, form builder, JSON view, versions). */
export const FLOWS_NS = 'flows';

registerNamespace(FLOWS_NS, { 'zh-CN': flowsZh, en: flowsEn });

/** `t` for the flow designer's texts. */
export function useFlowsT() {
  return useTranslation(FLOWS_NS).t;
}

const catalogues: readonly ErrorMessages[] = [flowEditMessages, connectionRuleMessages];

/**
 * Text for an error thrown by an edit command (or a refused connection) in the UI language;
 * anything else shows its own message.
 */
export function describeEditError(error: unknown, locale: Locale): string {
  if (error instanceof BatonError) {
    const entry = catalogues.find((catalogue) => Object.hasOwn(catalogue, error.code));
    const text = entry?.[error.code]?.[locale];
    if (text !== undefined) return formatMessage(text, error.params);
  }

  return error instanceof Error ? error.message : String(error);
}
