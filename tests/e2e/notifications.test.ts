import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UI_TIMEOUT, type RunningBaton } from './harness.ts';
import { story } from './story.ts';
import { clickSettled, signIn, timelineEntry, visible } from './ui.ts';

// Issue 4's in-app notifications in Debian chromium, in English: the initiator urges, the
// server's timer loop delivers the notify jobs, and the approver finds the count on the bell and
// the line in its list; opening the line opens the request and marks it read, "Mark all read"
// clears the rest.

let baton: RunningBaton;
let page: Page;
let context: BrowserContext;
const { guard } = story({
  locale: 'en-US',
  ready(parts) {
    baton = parts.baton;
    page = parts.browser.page;
    context = parts.browser.context;
  },
});

let requestUrl = '';

async function as(username: string): Promise<void> {
  await context.clearCookies();
  await signIn(page, baton.baseUrl, username);
}

/** The bell's unread count as it shows now. */
async function bellCount(): Promise<number> {
  return Number(await page.getByTestId('notification-count').getAttribute('data-count'));
}

/** Reloads until the bell shows at least `count`: delivery runs on the timer loop (5 s). */
async function waitForBell(count: number): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.reload();
        await visible(page.getByTestId('notification-count'));

        return bellCount();
      },
      { timeout: UI_TIMEOUT, interval: 1000 },
    )
    .toBeGreaterThanOrEqual(count);
}

describe('notifications through the UI', () => {
  it('given a submitted claim, when the initiator urges, then the timeline records it', async ({
    skip,
  }) => {
    guard('notifications-1-urge', skip);
    await as('chen.jie');
    await page.getByRole('link', { name: 'Start a request' }).click();
    await page.getByRole('link', { name: 'Expense reimbursement', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Expense reimbursement' }));
    await page.getByLabel('Description', { exact: true }).fill('Train to Hangzhou');
    await page.getByLabel('Amount', { exact: true }).fill('356');
    await clickSettled(page.getByRole('button', { name: 'Submit' }));
    await page.waitForURL(/\/requests\/[^/]+$/, { timeout: UI_TIMEOUT });
    requestUrl = page.url();

    await clickSettled(page.getByRole('button', { name: 'Urge', exact: true }));

    await visible(timelineEntry(page, '陈杰 urged 王芳'));
  });

  it('given the urge, when the approver signs in, then the bell counts it and lists the line', async ({
    skip,
  }) => {
    guard('notifications-2-bell', skip);
    await as('wang.fang');

    // The new task and the urge.
    await waitForBell(2);
    await clickSettled(page.getByRole('button', { name: /^Notifications/ }));

    const list = await visible(page.getByRole('list', { name: 'Notifications' }));
    await visible(list.getByText(/^陈杰 urged you on Expense reimbursement - 陈杰/));
    await visible(list.getByText(/^New task: Expense reimbursement - 陈杰/));
  });

  it('given the list, when the approver opens the urge, then the request opens and the line is read', async ({
    skip,
  }) => {
    guard('notifications-3-open', skip);
    const before = await bellCount();

    await clickSettled(page.getByRole('button', { name: /^陈杰 urged you on/ }));

    await page.waitForURL(requestUrl, { timeout: UI_TIMEOUT });
    await expect.poll(bellCount, { timeout: UI_TIMEOUT }).toBe(before - 1);
  });

  it('given unread lines, when the approver marks all read, then the bell shows none', async ({
    skip,
  }) => {
    guard('notifications-4-mark-all', skip);
    await clickSettled(page.getByRole('button', { name: /^Notifications/ }));

    await clickSettled(page.getByRole('button', { name: 'Mark all read' }));

    await expect.poll(bellCount, { timeout: UI_TIMEOUT }).toBe(0);
    expect(await page.getByRole('button', { name: 'Notifications', exact: true }).count()).toBe(1);
  });
});
