import { createContext, useContext } from 'react';
import type { SessionUser } from '../api/types.ts';

export const SessionContext = createContext<SessionUser | null>(null);

/** The signed-in user; only valid below `RequireAuth`. */
export function useCurrentUser(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useCurrentUser is used outside RequireAuth');

  return user;
}

/** Where to go after signing in: a path inside the app, never another site. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) {
    return '/';
  }

  return staysOnSite(next) ? next : '/';
}

const SITE = 'http://baton.invalid';

/**
 * Browsers read `/\evil.example` and `/<tab>/evil.example` as `//evil.example`, and `..` can
 * collapse a path to it: judge the path as the browser resolves it.
 */
function staysOnSite(path: string): boolean {
  try {
    const url = new URL(path, SITE);

    return url.origin === SITE && !url.pathname.startsWith('//');
  } catch {
    // Not a URL once resolved (e.g. an empty host): not a place to send anyone.
    return false;
  }
}
