import { z } from 'zod';
import { FormDefinition } from '../form/form.ts';
import { FlowDefinition, FlowLayout } from './flow.ts';

/**
 * What a draft holds and what a published version freezes: the flow, its form and the canvas
 * layout. The content hash covers `flow` and `form` only.
 */
export const FlowBundle = z.strictObject({
  flow: FlowDefinition,
  form: FormDefinition,
  layout: FlowLayout.default({ positions: {} }),
});
export type FlowBundle = z.infer<typeof FlowBundle>;
