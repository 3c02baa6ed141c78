import type { FastifyRequest } from 'fastify';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions.ts';
import type { SessionUser } from '../auth/user.ts';
import { fail } from '../messages.ts';
import type { UploadDeps } from './attachment-target.ts';

/** The signed-in user of a request to the file routes; `auth.required` without one. */
export async function sessionUser(deps: UploadDeps, request: FastifyRequest): Promise<SessionUser> {
  const token = request.cookies[SESSION_COOKIE];
  const user = token ? await resolveSession(deps.db, token, deps.now()) : null;
  if (!user) throw fail('auth.required');

  return user;
}
