import path from 'node:path';
import { z } from 'zod';
import { parseAllowedHosts, parseTrustProxy, TrustProxy } from './config-network.ts';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  BATON_DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  BATON_LOG_LEVEL: LogLevel.default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  BATON_TRUST_PROXY: z.string().optional(),
  BATON_ALLOWED_HOSTS: z.string().optional(),
  BATON_TIMER_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
});

/**
 * What the server needs from its environment. Every value has a default, so `baton serve` runs
 * with no configuration: SQLite in `<cwd>/.data/baton.sqlite`, listening on 127.0.0.1:3000.
 */
export const Config = z.object({
  port: z.number().int(),
  host: z.string(),
  /** Holds `baton.sqlite` and `attachments/`. */
  dataDir: z.string(),
  /** PostgreSQL instead of SQLite when set. */
  databaseUrl: z.string().optional(),
  logLevel: LogLevel,
  /** `development` sends the stacks of server bugs to the client; nothing else does. */
  nodeEnv: z.enum(['development', 'production', 'test']),
  /** Fastify's `trustProxy`: which proxies may set X-Forwarded-For/-Proto/-Host. */
  trustProxy: TrustProxy,
  /**
   * Host names (`name` for any port, `name:port`) that cookie-authenticated requests may
   * address. Unset: this server's HOST, localhost, 127.0.0.1 and [::1], on the bound port.
   */
  allowedHosts: z.array(z.string()).optional(),
  /**
   * How often the server runs due timers (reminders, timeouts, delays) and notifications, in
   * milliseconds; 0 turns the loop off (a separate `baton worker` then runs it).
   */
  timerPollMs: z.number().int().min(0),
});
export type Config = z.infer<typeof Config>;

/** Raised for a bad environment variable; the message names the variable and what is wrong. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Problem = { readonly name: string; readonly message: string };

function invalid(problems: readonly Problem[], present: Record<string, unknown>): ConfigError {
  const lines = problems.map(({ name, message }) => {
    // Never echo DATABASE_URL: it may carry a password.
    const shown = name === 'DATABASE_URL' ? '' : ` (got ${JSON.stringify(present[name])})`;

    return `${name}${shown}: ${message}`;
  });

  return new ConfigError(`invalid environment: ${lines.join('; ')}`);
}

/**
 * Reads the configuration from an environment (default `process.env`). Empty strings count as
 * unset, so `PORT= baton serve` uses the default rather than failing.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): Config {
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape)
      .map((name) => [name, env[name]] as const)
      .filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      name: issue.path.join('.'),
      message: issue.message,
    }));
    throw invalid(problems, present);
  }
  const values = parsed.data;
  const trustProxy = parseTrustProxy(values.BATON_TRUST_PROXY);
  if (!trustProxy.ok) {
    throw invalid([{ name: 'BATON_TRUST_PROXY', message: trustProxy.problem }], present);
  }
  const allowedHosts = parseAllowedHosts(values.BATON_ALLOWED_HOSTS);
  if (!allowedHosts.ok) {
    throw invalid([{ name: 'BATON_ALLOWED_HOSTS', message: allowedHosts.problem }], present);
  }

  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(cwd, values.BATON_DATA_DIR ?? '.data'),
    ...(values.DATABASE_URL ? { databaseUrl: values.DATABASE_URL } : {}),
    logLevel: values.BATON_LOG_LEVEL,
    nodeEnv: values.NODE_ENV,
    trustProxy: trustProxy.value,
    timerPollMs: values.BATON_TIMER_POLL_MS,
    ...(allowedHosts.value ? { allowedHosts: allowedHosts.value } : {}),
  };
}

/** Where the SQLite file lives inside the data directory. */
export function sqlitePath(config: Config): string {
  return path.join(config.dataDir, 'baton.sqlite');
}
