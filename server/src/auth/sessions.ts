import { createHash, randomBytes } from 'node:crypto';
import type { BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { loadSessionUser, type SessionUser } from './user.ts';

/** The httpOnly cookie that carries the session token. */
export const SESSION_COOKIE = 'baton_session';

/** A session lives 12 hours after its last use (sliding); older ones are refused and deleted. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

// Sliding expiry rewrites the row at most once per this interval, not on every request.
const REFRESH_AFTER_MS = 10 * 60 * 1000;

/** The database id of a token: its SHA-256, so a leaked table does not leak usable sessions. */
export function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session for the user and returns its token (32 random bytes, base64url). */
export async function createSession(
  db: Kysely<BatonDatabase>,
  userId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db
    .insertInto('sessions')
    .values({
      id: sessionId(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .execute();

  return { token, expiresAt };
}

/**
 * The user behind a session token, or `null` when the token is unknown, expired or belongs to a
 * disabled user (such sessions are deleted). Extends the expiry when the session is in use.
 */
export async function resolveSession(
  db: Kysely<BatonDatabase>,
  token: string,
  now: Date,
): Promise<SessionUser | null> {
  const id = sessionId(token);
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!session) return null;
  const user = await loadSessionUser(db, session.user_id);
  if (!user || user.disabled || Date.parse(session.expires_at) <= now.getTime()) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();

    return null;
  }

  const slid = now.getTime() + SESSION_TTL_MS;
  if (slid - Date.parse(session.expires_at) > REFRESH_AFTER_MS) {
    const expiresAt = new Date(slid).toISOString();
    await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
  }
  const { disabled: _disabled, ...visible } = user;

  return visible;
}

/** Deletes the session of a token (logout). Unknown tokens are ignored. */
export async function deleteSession(db: Kysely<BatonDatabase>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId(token)).execute();
}

/** Deletes every expired session; cheap enough to run at start-up. */
export async function purgeExpiredSessions(db: Kysely<BatonDatabase>, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
}
