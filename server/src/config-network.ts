import { isIP } from 'node:net';
import { z } from 'zod';

/** `false`, `true` (any proxy), or the addresses / CIDR ranges of the trusted proxies. */
export const TrustProxy = z.union([z.boolean(), z.array(z.string())]);
export type TrustProxy = z.infer<typeof TrustProxy>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

// proxy-addr (Fastify's trustProxy) knows these names for whole address ranges.
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);

  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * `BATON_TRUST_PROXY`: unset or `false` trusts no proxy; `true` trusts any (only when the server
 * is reachable through the proxy alone); otherwise a comma-separated list of proxy addresses,
 * CIDR ranges or `loopback` / `linklocal` / `uniquelocal`.
 */
export function parseTrustProxy(value: string | undefined): Parsed<TrustProxy> {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === 'false') return { ok: true, value: false };
  if (text === 'true') return { ok: true, value: true };
  const entries = list(text);
  const bad = entries.find((entry) => !isAddressOrRange(entry));
  if (bad !== undefined || entries.length === 0) {
    return {
      ok: false,
      problem: `"${bad ?? text}" is not true, false, an IP address, a CIDR range or loopback/linklocal/uniquelocal`,
    };
  }

  return { ok: true, value: entries };
}

/** A host name with an optional port, as in a Host header: `example.com`, `[::1]:3000`. */
export type HostPort = { readonly name: string; readonly port: number | undefined };

const HOST_PORT = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/;

/** Parses `name[:port]` (lower-cased); `undefined` when it is not one. */
export function parseHostPort(text: string): HostPort | undefined {
  const match = HOST_PORT.exec(text.trim().toLowerCase());
  if (!match?.[1]) return undefined;
  const port = match[2] === undefined ? undefined : Number(match[2]);
  if (port !== undefined && port > 65_535) return undefined;

  return { name: match[1], port };
}

/**
 * `BATON_ALLOWED_HOSTS`: comma-separated `name` (any port) or `name:port` entries; unset means
 * the defaults (see `allowedHostsFor`).
 */
export function parseAllowedHosts(value: string | undefined): Parsed<string[] | undefined> {
  if (value === undefined || value.trim() === '') return { ok: true, value: undefined };
  const entries = list(value.toLowerCase());
  const bad = entries.find((entry) => parseHostPort(entry) === undefined);
  if (bad !== undefined || entries.length === 0) {
    return { ok: false, problem: `"${bad ?? value}" is not a host name or name:port` };
  }

  return { ok: true, value: entries };
}
