import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { UI_TIMEOUT, type E2eBrowser, type RunningBaton } from './harness.ts';
import { story } from './story.ts';
import { chooseOption, clickSettled, gone, signIn, timelineEntry, visible } from './ui.ts';

// Issue 4 through the request page and the inbox in Debian chromium, in English: transfer,
// add a signer before oneself, return to the previous step, recall, batch approval, ad hoc
// copies with read/unread, urge with its rate limit, and an admin's termination. Each test
// starts its own request with its own people, so none depends on another.

let baton: RunningBaton;
let browser: E2eBrowser;
let page: Page;
let context: BrowserContext;
story({
  locale: 'en-US',
  ready(parts) {
    baton = parts.baton;
    browser = parts.browser;
    page = parts.browser.page;
    context = parts.browser.context;
  },
});

beforeEach(({ task }) => {
  onTestFailed(async () => {
    const file = await browser.screenshot(`actions-${task.name.slice(0, 60)}`);
    process.stderr.write(`\n[e2e] screenshot of the failure: ${file}\n`);
  });
});

/** Signs in as `username`, whoever was signed in before. */
async function as(username: string): Promise<void> {
  await context.clearCookies();
  await signIn(page, baton.baseUrl, username);
}

/** Submits an expense claim as the signed-in user; returns the request page's address. */
async function submitExpense(description: string, amount: string): Promise<string> {
  await page.getByRole('link', { name: 'Start a request' }).click();
  await page.getByRole('link', { name: 'Expense reimbursement', exact: true }).click();
  await visible(page.getByRole('heading', { name: 'Expense reimbursement' }));
  await page.getByLabel('Description', { exact: true }).fill(description);
  await page.getByLabel('Amount', { exact: true }).fill(amount);
  await clickSettled(page.getByRole('button', { name: 'Submit' }));
  await page.waitForURL(/\/requests\/[^/]+$/, { timeout: UI_TIMEOUT });

  return page.url();
}

/** Opens a request as `username`, waiting for its decision box at `step` when given. */
async function openAs(username: string, url: string, step?: string): Promise<void> {
  await as(username);
  await page.goto(url);
  await visible(step ? page.getByText(`Your decision · ${step}`) : timelineEntry(page, 'started'));
}

async function approveHere(step: string): Promise<void> {
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await gone(page.getByText(`Your decision · ${step}`));
}

/** Opens an action's dialog from a button on the request page. */
async function dialogOf(button: string, title: string) {
  await clickSettled(page.getByRole('button', { name: button, exact: true }));

  return visible(page.getByRole('dialog', { name: title }));
}

describe('runtime actions through the UI', () => {
  it('given a task transferred to someone, when the old assignee approves from a stale page, then the server refuses and the page reloads', async () => {
    await as('yang.fan');
    const url = await submitExpense('Client dinner', '801');
    await openAs('wang.fang', url, 'Manager approval');
    const stale = await context.newPage();
    await stale.goto(url);
    await visible(stale.getByText('Your decision · Manager approval'));

    const dialog = await dialogOf('Transfer', 'Transfer the task');
    await chooseOption(page, dialog.getByRole('combobox', { name: 'Give it to' }), '李娜');
    await dialog.getByLabel('Note').fill('I am travelling');
    await clickSettled(dialog.getByRole('button', { name: 'Transfer', exact: true }));
    await visible(
      timelineEntry(
        page,
        '王芳 transferred the task to 李娜 (Manager approval)',
        'I am travelling',
      ),
    );
    await gone(page.getByText('Your decision · Manager approval'));

    await stale.getByRole('button', { name: 'Approve', exact: true }).click();
    await visible(stale.getByText(/This task was handed to 李娜; you can no longer act on it/));
    await gone(stale.getByText('Your decision · Manager approval'));
    await stale.close();
  });

  it('given a signer added before the approver, when both act, then the signer approves first', async () => {
    await as('wu.ting');
    const url = await submitExpense('Samples', '802');
    await openAs('wang.fang', url, 'Manager approval');

    const dialog = await dialogOf('Add signer', 'Add signers');
    await chooseOption(page, dialog.getByRole('combobox', { name: 'People' }), '刘洋');
    await page.keyboard.press('Escape');
    await visible(dialog.getByText('They approve first; your turn comes once they all have.'));
    await clickSettled(dialog.getByRole('button', { name: 'Add', exact: true }));
    await visible(timelineEntry(page, '王芳 added 刘洋 to approve before them (Manager approval)'));
    await visible(page.getByText('Your task at “Manager approval” waits for 刘洋 to act first'));
    await visible(page.getByRole('button', { name: 'Remove signer 刘洋' }));

    await openAs('liu.yang', url, 'Manager approval');
    await approveHere('Manager approval');
    await openAs('wang.fang', url, 'Manager approval');
    await approveHere('Manager approval');
    const approvals = historyTexts(/approved \(Manager approval\)/);
    await expect
      .poll(approvals, { timeout: UI_TIMEOUT })
      .toEqual(['刘洋 approved (Manager approval)', '王芳 approved (Manager approval)']);
  });

  it('given a signer added alongside, when the adder removes them before they act, then the history says so', async () => {
    await as('chen.jie');
    const url = await submitExpense('Printer ink', '803');
    await openAs('wang.fang', url, 'Manager approval');

    const dialog = await dialogOf('Add signer', 'Add signers');
    await chooseOption(page, dialog.getByRole('combobox', { name: 'People' }), '刘洋');
    await page.keyboard.press('Escape');
    await clickSettled(dialog.getByText('Alongside me'));
    await clickSettled(dialog.getByRole('button', { name: 'Add', exact: true }));
    await visible(
      timelineEntry(page, '王芳 added 刘洋 to approve alongside them (Manager approval)'),
    );

    await clickSettled(page.getByRole('button', { name: 'Remove signer 刘洋' }));
    await clickSettled(page.getByRole('button', { name: 'OK', exact: true }));
    await visible(timelineEntry(page, '王芳 removed the added signer 刘洋 (Manager approval)'));
    await gone(page.getByRole('button', { name: 'Remove signer 刘洋' }));
  });

  it('given a claim at the finance step, when the approver returns it to the previous step, then the manager has it again', async () => {
    await as('chen.jie');
    const url = await submitExpense('Trade fair', '6001');
    await openAs('wang.fang', url, 'Manager approval');
    await approveHere('Manager approval');
    await openAs('li.na', url, 'Finance approval');

    const dialog = await dialogOf('Return', 'Return the request');
    await clickSettled(dialog.getByText('The previous step: Manager approval'));
    await dialog.getByLabel('Note').fill('Please check the receipts');
    await clickSettled(dialog.getByRole('button', { name: 'Return', exact: true }));
    await visible(
      timelineEntry(
        page,
        '李娜 sent the request back from “Finance approval” to “Manager approval”',
        'Please check the receipts',
      ),
    );

    await openAs('wang.fang', url, 'Manager approval');
  });

  it('given an approval the next step has not acted on, when its approver recalls it, then the task is theirs again', async () => {
    await as('chen.jie');
    const url = await submitExpense('Conference', '6002');
    await openAs('wang.fang', url, 'Manager approval');
    await approveHere('Manager approval');

    await clickSettled(page.getByRole('button', { name: 'Recall my decision' }));
    await clickSettled(page.getByRole('button', { name: 'OK', exact: true }));
    await visible(timelineEntry(page, '王芳 recalled their approval (Manager approval)'));
    await visible(page.getByText('Your decision · Manager approval'));
  });

  it('given two tasks whose step allows it, when approved together from the inbox, then both are approved', async () => {
    await as('luo.meiling');
    await submitExpense('Taxi', '301');
    await submitExpense('Parking', '302');
    await as('he.jun');
    await page.getByRole('link', { name: 'Inbox', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Inbox', exact: true }));

    const boxes = page.getByRole('checkbox', { name: /^Select Expense reimbursement/ });
    await expect.poll(() => boxes.count(), { timeout: UI_TIMEOUT }).toBe(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await clickSettled(page.getByRole('button', { name: 'Approve selected (2)' }));
    await clickSettled(page.getByRole('button', { name: 'OK', exact: true }));
    const results = await visible(
      page.getByRole('region', { name: 'Results of the batch approval' }),
    );
    await visible(results.getByText('2 approved'));
    await visible(page.getByText('All done: nothing waits for you'));
  });

  it('given a request copied to someone, when they open their copies, then it shows unread and then read', async () => {
    await as('fang.qing');
    const url = await submitExpense('Brochures', '303');
    const dialog = await dialogOf('Copy to', 'Copy the request to');
    await chooseOption(page, dialog.getByRole('combobox', { name: 'People' }), '徐静');
    await page.keyboard.press('Escape');
    await clickSettled(dialog.getByRole('button', { name: 'Copy', exact: true }));
    await visible(timelineEntry(page, '方晴 copied 徐静'));

    await as('xu.jing');
    await expect
      .poll(() => page.getByTestId('cc-unread').getAttribute('data-count'), {
        timeout: UI_TIMEOUT,
      })
      .toBe('1');
    await page.getByRole('link', { name: 'Copied to me' }).click();
    const row = page.getByRole('row').filter({ hasText: '方晴' });
    await visible(row.getByText('Unread', { exact: true }));
    await row.getByRole('link', { name: /Expense reimbursement/ }).click();
    await page.waitForURL(url, { timeout: UI_TIMEOUT });
    await visible(timelineEntry(page, 'started'));
    await page.getByRole('link', { name: 'Copied to me' }).click();
    await visible(row.getByText('Read', { exact: true }));
    await expect
      .poll(() => page.getByTestId('cc-unread').getAttribute('data-count'), {
        timeout: UI_TIMEOUT,
      })
      .toBe('0');
  });

  it('given a running request, when the initiator urges twice, then the second urge is refused with the wait', async () => {
    await as('liang.chao');
    await submitExpense('Phone bill', '304');

    await clickSettled(page.getByRole('button', { name: 'Urge', exact: true }));
    await visible(timelineEntry(page, '梁超 urged 何军'));
    await clickSettled(page.getByRole('button', { name: 'Urge', exact: true }));
    await visible(page.getByText(/you can urge again in \d+ minutes/));
    expect(await page.getByRole('button', { name: 'Urge', exact: true }).isDisabled()).toBe(true);
  });

  it('given a running request, when an admin terminates it with a reason, then it ends and the reason is recorded', async () => {
    await as('jiang.tao');
    const url = await submitExpense('Duplicate claim', '305');
    await openAs('zhou.yu', url);

    await clickSettled(page.getByRole('button', { name: 'Admin', exact: true }));
    await clickSettled(page.getByRole('menuitem', { name: 'Terminate' }));
    const dialog = await visible(page.getByRole('dialog', { name: 'Terminate the request' }));
    await clickSettled(dialog.getByRole('button', { name: 'Terminate', exact: true }));
    await visible(dialog.getByText('Give a reason'));
    await dialog.getByLabel('Reason').fill('Submitted twice');
    await clickSettled(dialog.getByRole('button', { name: 'Terminate', exact: true }));
    await gone(dialog);
    await visible(timelineEntry(page, '周宇 terminated the request', 'Submitted twice'));
    await visible(page.locator('[data-status="terminated"]'));
  });
  it('given a running request, when an admin reassigns its task and then jumps to a step, then both are recorded with their reasons', async () => {
    await as('chen.jie');
    const url = await submitExpense('Hotel', '806');
    await openAs('zhou.yu', url);

    await clickSettled(page.getByRole('button', { name: 'Admin', exact: true }));
    await clickSettled(page.getByRole('menuitem', { name: 'Reassign a task' }));
    const reassign = await visible(page.getByRole('dialog', { name: 'Reassign a task' }));
    await chooseOption(
      page,
      reassign.getByRole('combobox', { name: 'Task' }),
      'Manager approval · 王芳',
    );
    await chooseOption(page, reassign.getByRole('combobox', { name: 'Give it to' }), '刘洋');
    await reassign.getByLabel('Reason').fill('王芳 is on leave');
    await clickSettled(reassign.getByRole('button', { name: 'Reassign', exact: true }));
    await visible(
      timelineEntry(
        page,
        '周宇 reassigned 王芳’s task to 刘洋 (Manager approval)',
        '王芳 is on leave',
      ),
    );

    await clickSettled(page.getByRole('button', { name: 'Admin', exact: true }));
    await clickSettled(page.getByRole('menuitem', { name: 'Jump to step' }));
    const jump = await visible(page.getByRole('dialog', { name: 'Jump to a step' }));
    await chooseOption(
      page,
      jump.getByRole('combobox', { name: 'Target step' }),
      'Finance approval',
    );
    await jump.getByLabel('Reason').fill('Manager approval done offline');
    await clickSettled(jump.getByRole('button', { name: 'Jump', exact: true }));
    await visible(
      timelineEntry(
        page,
        '周宇 moved the request to “Finance approval”',
        'Manager approval done offline',
      ),
    );
  });
});

/** The history lines matching `pattern`, in order (a function for `expect.poll`). */
function historyTexts(pattern: RegExp): () => Promise<string[]> {
  return async () => {
    const texts = await page.getByTestId('timeline-entry').allInnerTexts();

    return texts.flatMap((text) => {
      const line = text.split('\n')[0] ?? '';

      return pattern.test(line) ? [line] : [];
    });
  };
}
