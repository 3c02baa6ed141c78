import type { BatonDatabase, DelegationRecord } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { namesOf } from '../instances/people.ts';
import { Person } from '../routers/shapes.ts';

/** An out-of-office delegation as the API shows it, with names. */
export const DelegationView = z.object({
  id: z.string(),
  user: Person,
  delegate: Person,
  startsAt: z.string(),
  endsAt: z.string(),
  /** Only these flows; null: every flow. */
  flowKeys: z.array(z.string()).nullable(),
  /** Only requests whose amount is at most this; null: any amount. */
  amountCap: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
  /** Set once revoked: it no longer applies to new tasks. */
  revokedAt: z.string().nullable(),
});
export type DelegationView = z.infer<typeof DelegationView>;

/** The views of `records`, with the names of everyone they name looked up at once. */
export async function delegationViews(
  db: Kysely<BatonDatabase>,
  records: readonly DelegationRecord[],
): Promise<DelegationView[]> {
  const person = await namesOf(
    db,
    records.flatMap((record) => [record.userId, record.delegateId]),
  );

  return records.map((record) => ({
    id: record.id,
    user: person(record.userId),
    delegate: person(record.delegateId),
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    flowKeys: record.flowKeys ?? null,
    amountCap: record.amountCap ?? null,
    reason: record.reason ?? null,
    createdAt: record.createdAt,
    revokedAt: record.revokedAt,
  }));
}
