import { Delegation } from '@baton/schemas';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { storageError } from './errors.ts';
import { parseJsonColumn } from './json-column.ts';
import type { BatonDatabase, DelegationRow } from './schema.ts';

type Db = Kysely<BatonDatabase>;

/** What a new delegation needs: the schemas' `Delegation` without its id. */
export const CreateDelegationInput = Delegation.omit({ id: true });
export type CreateDelegationInput = z.infer<typeof CreateDelegationInput>;

/** A stored delegation: who made it and when, and whether (and by whom) it was revoked. */
export type DelegationRecord = Delegation & {
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
};

const FlowKeys = z.array(z.string());

/** The delegation of a row, as the core reads it (`Delegation`, parsed, never cast). */
export function delegationOf(row: DelegationRow): Delegation {
  const where = { table: 'delegations', id: row.id };
  const flowKeys = row.flow_keys === null ? null : parseJsonColumn(FlowKeys, row.flow_keys, where);
  const parsed = Delegation.safeParse({
    id: row.id,
    userId: row.user_id,
    delegateId: row.delegate_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    ...(flowKeys === null ? {} : { flowKeys }),
    ...(row.amount_cap === null ? {} : { amountCap: row.amount_cap }),
    ...(row.reason === null ? {} : { reason: row.reason }),
  });
  if (!parsed.success) throw storageError('storage.corrupt-row', where, { cause: parsed.error });

  return parsed.data;
}

function storedOf(row: DelegationRow): DelegationRecord {
  return {
    ...delegationOf(row),
    createdAt: row.created_at,
    createdBy: row.created_by,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
  };
}

/** Delegations in force at some moment after `at`: not revoked and not ended (any start). */
export async function loadLiveDelegations(db: Db, at: string): Promise<Delegation[]> {
  const rows = await db
    .selectFrom('delegations')
    .selectAll()
    .where('revoked_at', 'is', null)
    .where('ends_at', '>', at)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();

  return rows.map(delegationOf);
}

/** How many delegations one person may have given that are neither revoked nor ended. */
export const MAX_CURRENT_DELEGATIONS = 20;

/** How many delegations a list returns at most. */
export const MAX_LISTED_DELEGATIONS = 200;

/**
 * Delegations (at most `MAX_LISTED_DELEGATIONS`): every one, or those `userId` gave or
 * received. Current ones (neither revoked nor ended at `at`) come first, then revoked and ended
 * ones (with `revokedAt`), for the record; newest start first within each.
 */
export async function listDelegations(
  db: Db,
  options: { userId?: string | undefined; at: string },
): Promise<DelegationRecord[]> {
  let query = db.selectFrom('delegations').selectAll();
  const { userId, at } = options;
  if (userId !== undefined)
    query = query.where((eb) =>
      eb.or([eb('user_id', '=', userId), eb('delegate_id', '=', userId)]),
    );
  const rows = await query
    .orderBy((eb) =>
      eb
        .case()
        .when(eb.and([eb('revoked_at', 'is', null), eb('ends_at', '>', at)]))
        .then(0)
        .else(1)
        .end(),
    )
    .orderBy('starts_at', 'desc')
    .orderBy('id', 'desc')
    .limit(MAX_LISTED_DELEGATIONS)
    .execute();

  return rows.map(storedOf);
}

/**
 * Stores a delegation after checking it: the input's shape (`storage.delegation-invalid`, with
 * issues), the window (`endsAt` after `startsAt`), someone other than the user as delegate,
 * both people known (`storage.unknown-user`), the delegate enabled, and fewer than
 * `MAX_CURRENT_DELEGATIONS` current ones given by the user (`storage.delegation-limit`). Times
 * are stored in UTC. `lockUser` (PostgreSQL) locks the user's row first, so that concurrent
 * creations for one person are counted one after the other.
 */
export async function createDelegation(
  db: Db,
  options: { input: unknown; byUserId: string | null; id: string; at: string; lockUser: boolean },
): Promise<DelegationRecord> {
  const parsed = CreateDelegationInput.safeParse(options.input);
  if (!parsed.success)
    throw storageError('storage.delegation-invalid', {}, { issues: parsed.error.issues });
  const input = parsed.data;
  const startsAt = new Date(input.startsAt).toISOString();
  const endsAt = new Date(input.endsAt).toISOString();
  if (endsAt <= startsAt) throw storageError('storage.delegation-window', { startsAt, endsAt });
  if (input.delegateId === input.userId)
    throw storageError('storage.delegation-self', { userId: input.userId });
  await assertPeople(db, input, options.lockUser);
  await assertBelowLimit(db, input.userId, options.at);
  const row: DelegationRow = {
    id: options.id,
    user_id: input.userId,
    delegate_id: input.delegateId,
    starts_at: startsAt,
    ends_at: endsAt,
    flow_keys: input.flowKeys === undefined ? null : JSON.stringify(input.flowKeys),
    amount_cap: input.amountCap ?? null,
    reason: input.reason ?? null,
    created_at: options.at,
    created_by: options.byUserId,
    revoked_at: null,
    revoked_by: null,
  };
  await db.insertInto('delegations').values(row).execute();

  return storedOf(row);
}

async function assertPeople(db: Db, input: CreateDelegationInput, lock: boolean): Promise<void> {
  const query = db
    .selectFrom('users')
    .select(['id', 'disabled'])
    .where('id', 'in', [input.userId, input.delegateId])
    .orderBy('id');
  const users = await (lock ? query.forUpdate() : query).execute();
  for (const userId of [input.userId, input.delegateId])
    if (!users.some((user) => user.id === userId))
      throw storageError('storage.unknown-user', { userId });
  if (users.some((user) => user.id === input.delegateId && user.disabled === 1))
    throw storageError('storage.delegate-disabled', { userId: input.delegateId });
}

async function assertBelowLimit(db: Db, userId: string, at: string): Promise<void> {
  const { count } = await db
    .selectFrom('delegations')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('ends_at', '>', at)
    .executeTakeFirstOrThrow();
  if (Number(count) >= MAX_CURRENT_DELEGATIONS)
    throw storageError('storage.delegation-limit', { max: MAX_CURRENT_DELEGATIONS });
}

/**
 * Revokes a delegation now; tasks already given to the delegate stay with them. Unknown,
 * already revoked, or (with `userId`) given by someone else: `storage.delegation-not-found`.
 */
export async function revokeDelegation(
  db: Db,
  options: { id: string; byUserId: string | null; at: string; userId?: string | undefined },
): Promise<DelegationRecord> {
  const { userId } = options;
  let query = db
    .updateTable('delegations')
    .set({ revoked_at: options.at, revoked_by: options.byUserId })
    .where('id', '=', options.id)
    .where('revoked_at', 'is', null);
  if (userId !== undefined) query = query.where('user_id', '=', userId);
  const row = await query.returningAll().executeTakeFirst();
  if (!row) throw storageError('storage.delegation-not-found', { id: options.id });

  return storedOf(row);
}
