import type { TFunction } from 'i18next';
import type { FlowNode } from '@baton/schemas';
import { describeDelay } from './panel/deadline-words.ts';
import { DEFAULT_DELAY } from './panel/delay-settings.ts';

/** What a kind's card summary needs: the `deadlines` texts and names of form fields. */
export type KindSummaryContext = {
  readonly t: TFunction;
  readonly fieldName: (key: string) => string;
  readonly workdayMinutes?: number;
};

/**
 * What the designer adds to a registry kind beyond its schema: the config a new node starts
 * with when the schema's defaults do not make a valid one, and a one-line summary for its card.
 */
export type KindExtras = {
  readonly initialConfig?: Readonly<Record<string, unknown>>;
  readonly summary?: (node: FlowNode, context: KindSummaryContext) => string;
};

/** Extras by kind `type`, as the registry in `schemas` keys kinds. */
const kindExtras: Readonly<Record<string, KindExtras>> = {
  delay: {
    initialConfig: DEFAULT_DELAY,
    summary: (node, context) => describeDelay(node.config, context),
  },
};

export function extrasOf(type: string): KindExtras | undefined {
  return Object.hasOwn(kindExtras, type) ? kindExtras[type] : undefined;
}
