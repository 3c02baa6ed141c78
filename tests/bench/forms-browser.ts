import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DESIGNER_DIST, openBrowser, startBaton } from '../e2e/harness.ts';
import { FRAME_MS, ROWS } from './forms-fixture.ts';
import { median, spread } from './measure.ts';
import type { BenchOptions } from './options.ts';
import type { Line, Target } from './report.ts';
import { callerFor, returnedClaim } from './returned-claim.ts';
import { timeTyping } from './typing-probe.ts';

const CHROMIUM = '/usr/bin/chromium';
/** The row typed into: the middle of the table, neither end. */
const ROW = ROWS / 2;
/** A quantity grows by two digits and shrinks back, so every keystroke changes the totals. */
const CYCLE = ['1', '2', 'Backspace', 'Backspace'];

const FRAME_LINE = `typing in a cell, ${ROWS} rows, Chromium: input → next frame (median)`;

const FRAME_TARGET: Target = { op: '<', value: FRAME_MS };

/** The figure as not measured, with why. */
function skipped(reason: string): Line[] {
  const note = `not measured: ${reason}`;

  return [{ name: FRAME_LINE, value: null, unit: 'ms', target: FRAME_TARGET, note }];
}

/** Why the browser figure cannot be taken here, or `null` when it can. */
function missing(dist: string): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  if (!existsSync(path.join(dist, 'index.html'))) {
    return `no designer build in ${dist} (cd designer && npx vite build)`;
  }

  return null;
}

/**
 * The browser figures of (d): Baton served on 127.0.0.1 from its own data folder with the built
 * designer (`BATON_BENCH_DESIGNER_DIST` names another build, to compare two), a claim with 200
 * filled rows returned to its initiator, who types into one quantity cell of the editable form
 * in Chromium. Each keystroke is timed in the page from its keydown to the frame that shows it.
 * The same typing into the sign-in page's user name, first, shows the floor of this measure on
 * this machine (input delivery, a frame's wait and drawing, next to no script).
 */
export async function measureTypingInBrowser(
  options: BenchOptions,
): Promise<{ lines: Line[]; note: string }> {
  const dist = path.resolve(options.designerDist ?? DESIGNER_DIST);
  const keys = Array.from(
    { length: options.sizes.typingKeystrokes },
    (_, at) => CYCLE[at % CYCLE.length] ?? '1',
  );
  const note =
    `browser: ${keys.length} keystrokes into line ${ROW} of a returned claim (and into the ` +
    `sign-in page's user name), designer from ${dist}`;
  const reason = missing(dist);
  if (reason) return { lines: skipped(reason), note };
  const baton = await startBaton(dist);
  try {
    const id = await returnedClaim(baton.baseUrl);
    const browser = await openBrowser({ locale: 'en' });
    try {
      const lines = await typeInto(browser.page, { baseUrl: baton.baseUrl, id, keys });

      return { lines, note };
    } finally {
      await browser.close();
    }
  } finally {
    await baton.close();
  }
}

async function typeInto(
  page: Page,
  run: { baseUrl: string; id: string; keys: readonly string[] },
): Promise<Line[]> {
  await page.goto(`${run.baseUrl}/sign-in`);
  const floor = await timeTyping(page, page.getByLabel('Username', { exact: true }), run.keys);
  await callerFor(page.request, { baseUrl: run.baseUrl, username: 'chen.jie' });
  await page.goto(`${run.baseUrl}/requests/${run.id}`);
  const cell = page.getByRole('group', { name: 'Items' }).getByLabel(`Line ${ROW} Quantity`);
  const table = await timeTyping(page, cell, run.keys);

  return [
    timingLine(
      FRAME_LINE,
      table.map((timing) => timing.frame),
      FRAME_TARGET,
    ),
    timingLine(
      `typing in a cell, ${ROWS} rows, Chromium: input handlers (median)`,
      table.map((timing) => timing.script),
    ),
    timingLine(
      'typing on the sign-in page (the floor): input → next frame (median)',
      floor.map((timing) => timing.frame),
    ),
  ];
}

function timingLine(name: string, values: readonly number[], target?: Target): Line {
  const line: Line = {
    name,
    value: median(values),
    unit: 'ms',
    note: `rounds ${spread(values, 1)}`,
  };

  return target ? { ...line, target } : line;
}
