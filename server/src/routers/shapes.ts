import { FlowDefinition } from '@baton/schemas';
import { z } from 'zod';

/** Flow keys as the flow schema allows them. */
export const FlowKey = FlowDefinition.shape.key;

/** Someone as lists show them. */
export const Person = z.object({ id: z.string(), name: z.string() });
export type Person = z.infer<typeof Person>;

/** A client-chosen key that makes a retried command return its first result. */
export const IdempotencyKey = z.string().min(8).max(200);

export const Comment = z.string().max(2000);

/** Which of the caller's items to mark read: every one with `all: true`, else those in `ids`. */
export const ReadMarks = z.object({
  ids: z.array(z.string().min(1).max(200)).max(500).optional(),
  all: z.boolean().optional(),
});

export function readSelection(input: z.infer<typeof ReadMarks>) {
  return input.all ? { all: true as const } : { ids: input.ids ?? [] };
}
