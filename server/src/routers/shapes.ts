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
