import { afterEach, beforeEach } from 'vitest';

/**
 * Lets each test of the file set `process.env.TZ` (Node applies it at once) and puts the
 * original zone back after it, so no other test runs in a borrowed time zone.
 */
export function restoreTimeZoneAfterEach(): void {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env['TZ'];
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  });
}
