import type { ComponentType } from 'react';
import type { FlowBundle, FlowNode } from '@baton/schemas';
import type { RunCommand } from '../selection.ts';
import { DelaySettings } from './DelaySettings.tsx';

/** What a kind's own settings panel receives. */
export type KindPanelProps = {
  readonly bundle: FlowBundle;
  readonly node: FlowNode;
  readonly run: RunCommand;
};

/** Settings panels of kinds whose config is neither people nor approval settings, by `type`. */
const kindPanels: Readonly<Record<string, ComponentType<KindPanelProps>>> = {
  delay: DelaySettings,
};

export function kindPanelOf(type: string): ComponentType<KindPanelProps> | undefined {
  return Object.hasOwn(kindPanels, type) ? kindPanels[type] : undefined;
}
