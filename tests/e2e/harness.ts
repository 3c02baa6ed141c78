import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, loadConfig, openConfiguredDatabase, seedDemo } from '@baton/server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Every temporary directory this suite makes starts with this, and only those are removed. */
const TEMP_PREFIX = 'baton-e2e-';

/** The Debian package's browser; the suite never downloads one. */
const CHROMIUM = '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `designer/dist` of this checkout: the test command builds it before the tests run. */
export const DESIGNER_DIST = fileURLToPath(new URL('../../designer/dist', import.meta.url));

/** The password of every demo account (see the README). */
export const DEMO_PASSWORD = 'baton-demo-2026';

/** Generous waits: the CI machine has two cores and the first page load compiles a lot. */
export const UI_TIMEOUT = 30_000;

export type RunningBaton = {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly baseUrl: string;
  /** Stops the server, closes the database and deletes the data directory. */
  close(): Promise<void>;
};

function requireDesignerBuild(designerDist: string): void {
  if (existsSync(path.join(designerDist, 'index.html'))) return;
  throw new Error(
    `The designer is not built (${designerDist}/index.html is missing). ` +
      'Build it first: cd designer && npx vite build',
  );
}

/**
 * Baton in this process, as `baton serve` runs it: a fresh SQLite data directory, migrated and
 * seeded with the demo org and the templates (published as v1), serving a copy of the built
 * designer (`designerDist`, this checkout's by default) on 127.0.0.1 at a free port.
 */
export async function startBaton(designerDist = DESIGNER_DIST): Promise<RunningBaton> {
  requireDesignerBuild(designerDist);
  const dataDir = await mkdtemp(path.join(tmpdir(), `${TEMP_PREFIX}data-`));
  const removeDataDir = () => rm(dataDir, { recursive: true, force: true });
  try {
    return await serveFrom(dataDir, removeDataDir, designerDist);
  } catch (error) {
    await removeDataDir();
    throw error;
  }
}

async function serveFrom(dataDir: string, removeDataDir: () => Promise<void>, dist: string) {
  // A copy of the build: another `vite build` during the run must not swap the lazy chunks.
  const designerDir = path.join(dataDir, 'designer');
  await cp(dist, designerDir, { recursive: true });
  const config = loadConfig({
    NODE_ENV: 'test',
    BATON_DATA_DIR: dataDir,
    BATON_LOG_LEVEL: 'error',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const database = await openConfiguredDatabase(config);
  try {
    await seedDemo(database);
    const app = await buildApp({ config, database, designerDir });
    const baseUrl = await app.listen({ host: config.host, port: config.port });

    return {
      baseUrl: baseUrl.replace(/\/$/, ''),
      async close() {
        await app.close();
        await database.close();
        await removeDataDir();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export type E2eBrowser = {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Saves a full-page screenshot in a directory kept after the run and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Closes the browser and deletes its profile directory. */
  close(): Promise<void>;
};

/**
 * Debian chromium, headless, with a fresh profile in a temporary directory. `locale` is what the
 * browser tells pages (navigator.languages, Accept-Language); `timezoneId` (an IANA zone such
 * as `America/Los_Angeles`) the time zone pages see, the machine's when left out.
 */
export async function openBrowser(options: {
  locale: string;
  timezoneId?: string;
}): Promise<E2eBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)`,
    );
  }
  const profileDir = await mkdtemp(path.join(tmpdir(), `${TEMP_PREFIX}profile-`));
  let shotsDir: string | undefined;
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      locale: options.locale,
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      viewport: { width: 1440, height: 1000 },
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(UI_TIMEOUT);
  context.setDefaultNavigationTimeout(UI_TIMEOUT);
  const page = context.pages()[0] ?? (await context.newPage());

  return {
    context,
    page,
    async screenshot(name) {
      shotsDir ??= await mkdtemp(path.join(tmpdir(), `${TEMP_PREFIX}shots-`));
      const file = path.join(shotsDir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
      await page.screenshot({ path: file, fullPage: true });

      return file;
    },
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
