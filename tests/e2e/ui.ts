import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD, UI_TIMEOUT } from './harness.ts';

/** Waits until `locator` is on screen (the one wait every step builds on). */
export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout: UI_TIMEOUT });

  return locator;
}

/** Waits until `locator` is gone from the screen. */
export async function gone(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
}

/** Waits until an input shows `expected` (inputs carry their text in their value). */
export async function valueOf(locator: Locator, expected: string): Promise<void> {
  await expect
    .poll(() => locator.inputValue(), { timeout: UI_TIMEOUT, interval: 200 })
    .toBe(expected);
}

/** Signs in from the sign-in page with the English labels. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await (await visible(page.getByLabel('Username', { exact: true }))).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await visible(page.getByRole('navigation', { name: 'Main navigation' }));
}

/** Signs out through the user menu (the button showing the user's name). */
export async function signOut(page: Page, name: string): Promise<void> {
  await (await visible(page.getByRole('button', { name, exact: true }))).click();
  await clickSettled(page.getByRole('menuitem', { name: 'Sign out' }));
  await visible(page.getByRole('button', { name: 'Sign in' }));
}

/**
 * Clicks an element of a popup (menu, select dropdown, dialog) once it has stopped moving.
 * antd slides and zooms popups in; on a slow machine a click aimed at an element mid-animation
 * lands where it no longer is (and a dropdown then stays open, or closes, doing nothing).
 */
export async function clickSettled(locator: Locator): Promise<void> {
  await visible(locator);
  await locator.evaluate(waitForStillness, UI_TIMEOUT);
  await locator.click();
}

// The few DOM shapes the in-page function uses (the test project compiles without the DOM lib).
type PageAnimation = {
  readonly playState: string;
  readonly effect: { getTiming(): { iterations?: number } } | null;
  readonly finished: Promise<unknown>;
};
type PageElement = {
  readonly parentElement: PageElement | null;
  getAnimations(): PageAnimation[];
  getBoundingClientRect(): object;
};
type PageWindow = {
  requestAnimationFrame(callback: () => void): number;
  getComputedStyle(element: PageElement): { opacity: string };
};

/**
 * Runs in the page: resolves once the element and its ancestors are fully opaque, run no
 * finite animation, and the element's box is the same over a few frames.
 */
async function waitForStillness(element: PageElement, timeout: number): Promise<void> {
  const view = globalThis as unknown as PageWindow;
  const frames = async (count: number) => {
    for (let index = 0; index < count; index += 1) {
      await new Promise<void>((resolve) => view.requestAnimationFrame(() => resolve()));
    }
  };
  const ancestry: PageElement[] = [];
  for (let node: PageElement | null = element; node; node = node.parentElement) ancestry.push(node);
  const moving = () =>
    ancestry.flatMap((node) =>
      node
        .getAnimations()
        .filter(
          (animation) =>
            animation.playState !== 'finished' &&
            animation.effect?.getTiming().iterations !== Infinity,
        ),
    );
  const faded = () => ancestry.some((node) => Number(view.getComputedStyle(node).opacity) < 1);
  const box = () => JSON.stringify(element.getBoundingClientRect());
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const before = box();
    await frames(3);
    const running = moving();
    if (running.length === 0 && !faded() && box() === before) return;
    const finished = Promise.all(running.map((animation) => animation.finished.catch(() => 0)));
    await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, 1_000))]);
  }
  throw new Error('the element kept moving');
}

/**
 * Drags with the mouse in small steps from the centre of `source` to the centre of `target`:
 * dnd-kit and React Flow follow pointer moves, and ignore Playwright's one-jump `dragTo`.
 */
export async function dragWithMouse(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await centreOf(source);
  const to = await centreOf(target);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // Past dnd-kit's activation distance first, then the long way across the canvas.
  await page.mouse.move(from.x + 12, from.y + 4, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 30 });
  await page.mouse.move(to.x + 1, to.y + 1, { steps: 2 });
  await page.mouse.up();
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  await visible(locator);
  await locator.scrollIntoViewIfNeeded();
  // React Flow fits the view once the nodes are measured: aim after that, not before.
  await locator.evaluate(waitForStillness, UI_TIMEOUT);
  const box = await locator.boundingBox();
  if (!box) throw new Error(`no bounding box for ${String(locator)}`);

  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Picks `label` in an antd select: opens it, types to filter, and clicks the visible option
 * (antd's listbox with `role="option"` is a hidden copy for screen readers; the visible options
 * carry their label as text and title).
 */
export async function chooseOption(page: Page, combobox: Locator, label: string): Promise<void> {
  await (await visible(combobox)).click();
  await combobox.pressSequentially(label);
  await clickSettled(page.getByTitle(label, { exact: true }));
}

/** The request's history: the list whose first line says who started the request. */
export function historyList(page: Page): Locator {
  const started = page.getByRole('listitem').filter({ hasText: 'started the request' });

  return page.getByRole('list').filter({ has: started });
}

/** A line of the request's history, holding `text` and, when given, the quoted comment. */
export function timelineEntry(page: Page, text: string, comment?: string): Locator {
  const entries = historyList(page).getByRole('listitem').filter({ hasText: text });

  return comment === undefined ? entries : entries.filter({ hasText: `“${comment}”` });
}

/** Opens the inbox and the task for `title` at `step`, landing on the request page. */
export async function openFromInbox(page: Page, title: string, step: string): Promise<void> {
  await page.getByRole('link', { name: 'Inbox', exact: true }).click();
  await visible(page.getByRole('heading', { name: 'Inbox', exact: true }));
  const row = page.getByRole('row').filter({ hasText: step }).filter({ hasText: title });
  await (await visible(row.getByRole('link', { name: title }))).click();
  await visible(page.getByText(`Your decision · ${step}`));
}

/** Approves, or rejects back to the initiator, with a comment, from the request page. */
export async function decide(
  page: Page,
  options: { step: string; comment: string; reject?: boolean },
): Promise<void> {
  const decision = page.getByText(`Your decision · ${options.step}`);
  await (await visible(page.getByRole('textbox', { name: 'Comment' }))).fill(options.comment);
  if (options.reject) {
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Reject the request' }));
    await clickSettled(dialog.getByText('Return it to the initiator for changes'));
    const toInitiator = dialog.getByRole('radio', { name: 'Return it to the initiator' });
    await expect.poll(() => toInitiator.isChecked(), { timeout: UI_TIMEOUT }).toBe(true);
    await clickSettled(dialog.getByRole('button', { name: 'Reject', exact: true }));
    await gone(dialog);
  } else {
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
  }
  await gone(decision);
}

/** Flows → Expense reimbursement, as the signed-in editor; the canvas tab panel. */
export async function openExpenseFlow(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: 'Flows', exact: true }).click();
  await page
    .getByRole('table')
    .getByRole('link', { name: 'Expense reimbursement', exact: true })
    .click();

  return page.getByRole('tabpanel', { name: 'Flow' });
}
