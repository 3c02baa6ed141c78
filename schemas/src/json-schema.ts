import { z } from 'zod';
import { FlowBundle } from './flow/bundle.ts';
import { FormDefinition } from './form/form.ts';

export type JsonSchema = z.core.JSONSchema.JSONSchema;

/**
 * JSON Schema (draft 2020-12) of a flow bundle as people write it: fields with defaults are
 * optional (`io: 'input'`). For editors and for IT keeping flows as files; the checker still
 * has the last word (node configs are checked per kind, graphs by `checkFlow`).
 */
export function flowJsonSchema(): JsonSchema {
  return z.toJSONSchema(FlowBundle, { io: 'input' });
}

/**
 * JSON Schema (draft 2020-12) of a form definition as people write it (the schema of the
 * values a client submits is `formJsonSchema(form)`).
 */
export function formDefinitionJsonSchema(): JsonSchema {
  return z.toJSONSchema(FormDefinition, { io: 'input' });
}
