import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

/**
 * The server's pino logger: JSON lines on stdout. Session cookies and passwords never reach it
 * (redacted if an object carrying them is logged by mistake).
 */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'baton' },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password'],
      censor: '[redacted]',
    },
  });
}
