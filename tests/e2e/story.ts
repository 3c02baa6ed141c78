import { afterAll, beforeAll, onTestFailed } from 'vitest';
import { openBrowser, startBaton, type E2eBrowser, type RunningBaton } from './harness.ts';

/**
 * One Baton server and one browser for a file of tests that build on each other (a story).
 * `ready` receives both once they run; `guard` makes each test skip after an earlier one
 * failed, rather than pile failures on it, and saves a screenshot of the failure.
 */
export function story(options: {
  locale: string;
  /** The browser's time zone (see `openBrowser`). */
  timezoneId?: string;
  ready: (parts: { baton: RunningBaton; browser: E2eBrowser }) => void;
}): { guard(name: string, skip: () => void): void } {
  let baton: RunningBaton | undefined;
  let browser: E2eBrowser | undefined;
  let broken = false;

  beforeAll(async () => {
    baton = await startBaton();
    browser = await openBrowser({
      locale: options.locale,
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
    options.ready({ baton, browser });
  });

  afterAll(async () => {
    await browser?.close();
    await baton?.close();
  });

  return {
    guard(name, skip) {
      if (broken) skip();
      onTestFailed(async () => {
        broken = true;
        const file = await browser?.screenshot(name);
        process.stderr.write(`\n[e2e] screenshot of the failure: ${file}\n`);
      });
    },
  };
}
