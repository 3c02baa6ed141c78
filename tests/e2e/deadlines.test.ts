import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UI_TIMEOUT, type RunningBaton } from './harness.ts';
import { story } from './story.ts';
import {
  chooseOption,
  clickSettled,
  gone,
  openExpenseFlow,
  signIn,
  signOut,
  visible,
} from './ui.ts';

// Issue 4 through the designer in Debian chromium, in English: the process owner gives the
// finance step a deadline and return settings, publishes and finds them after a reload, and
// adds a delay node; the manager sets up an out-of-office delegation and the next claim reaches
// the delegate "on behalf of" the manager; an admin hands the delegate's task over to someone
// else on the handover page.

let baton: RunningBaton;
let page: Page;
const { guard } = story({
  locale: 'en-US',
  ready(parts) {
    baton = parts.baton;
    page = parts.browser.page;
  },
});

/** Types into an input that commits on Enter (the panel's hour inputs). */
async function commit(page: Page, label: string, text: string) {
  const input = await visible(page.getByLabel(label, { exact: true }));
  await input.fill(text);
  await input.press('Enter');
}

const DEADLINE_WORDS =
  'Reminds every 2 h 30 min of working time, 3 times; after 2 working days escalates to the supervisor';

/** The user menu's entry for the out-of-office page. */
async function openOutOfOffice(name: string) {
  await (await visible(page.getByRole('button', { name, exact: true }))).click();
  await clickSettled(page.getByRole('menuitem', { name: 'Out of office' }));
  await visible(page.getByRole('heading', { name: 'Out of office', exact: true }));
}

describe('deadlines, delays and delegation through the UI', () => {
  it('given the finance step, when the process owner sets a deadline and return settings and publishes, then they survive a reload', async ({
    skip,
  }) => {
    guard('deadlines-1-settings', skip);
    await signIn(page, baton.baseUrl, 'sun.hao');
    const canvas = await openExpenseFlow(page);
    await (
      await visible(canvas.getByRole('group', { name: 'Approval: Finance approval' }))
    ).click();
    const panel = page.getByRole('region', { name: 'Finance approval' });

    await panel.getByRole('checkbox', { name: 'Any earlier approval step' }).uncheck();
    await panel.getByRole('radio', { name: 'Come back to this step' }).check();
    await visible(panel.getByText('No deadline: tasks wait until someone acts'));
    await panel.getByRole('switch', { name: 'Reminders' }).click();
    await commit(page, 'Remind every (hours)', '2.5');
    await visible(panel.getByText('saved in whole minutes (150 min)', { exact: false }));
    await panel.getByRole('switch', { name: 'Timeout' }).click();
    await commit(page, 'Time out after (hours)', '1,000');
    await visible(panel.getByText('No commas: use a dot for decimals', { exact: false }));
    await commit(page, 'Time out after (hours)', '16');
    await panel.getByRole('radio', { name: 'Working time (business calendar)' }).check();
    await visible(panel.getByText(DEADLINE_WORDS));

    await page.getByRole('button', { name: 'Publish' }).click();
    await visible(page.getByText('Published v2'));
    await page.reload();
    const reloaded = page.getByRole('tabpanel', { name: 'Flow' });
    await (
      await visible(reloaded.getByRole('group', { name: 'Approval: Finance approval' }))
    ).click();
    await visible(panel.getByText(DEADLINE_WORDS));
    expect(
      await panel.getByRole('checkbox', { name: 'Any earlier approval step' }).isChecked(),
    ).toBe(false);
    expect(
      await panel.getByRole('checkbox', { name: 'The initiator', exact: true }).isChecked(),
    ).toBe(true);
    expect(await panel.getByRole('radio', { name: 'Come back to this step' }).isChecked()).toBe(
      true,
    );
  });

  it('given the flow, when a delay is inserted after finance and set to two hours, then its card says so and undo brings one hour back', async ({
    skip,
  }) => {
    guard('deadlines-2-delay', skip);
    const canvas = page.getByRole('tabpanel', { name: 'Flow' });

    await clickSettled(
      canvas.getByRole('button', { name: 'Insert between “Finance approval” and “End”' }),
    );
    await clickSettled(page.getByRole('menuitem', { name: 'Delay', exact: true }));
    const delay = await visible(canvas.getByRole('group', { name: 'Delay: Delay' }));
    await visible(delay.getByText('Wait 1 h', { exact: true }));
    await delay.click();

    const panel = page.getByRole('region', { name: 'Delay', exact: true });
    const hours = await visible(panel.getByLabel('Hours', { exact: true }));
    await hours.fill('2');
    await hours.press('Tab');
    await visible(delay.getByText('Wait 2 h', { exact: true }));
    await page.getByRole('button', { name: 'Undo' }).click();
    await visible(delay.getByText('Wait 1 h', { exact: true }));

    await panel.getByRole('radio', { name: 'Until a date in the form' }).check();
    await visible(delay.getByText('Until Expense date 09:00', { exact: true }));
    await page.getByRole('button', { name: 'Save draft' }).click();
    await visible(page.getByText(/^Draft saved/));
  });

  it('given the manager is away with 吴婷 as delegate, when an employee submits a claim, then the task reaches 吴婷 on behalf of 王芳', async ({
    skip,
  }) => {
    guard('deadlines-3-delegation', skip);
    await signOut(page, '孙浩');
    await signIn(page, baton.baseUrl, 'wang.fang');
    await openOutOfOffice('王芳');
    await visible(page.getByText('New delegation', { exact: true }));
    await chooseOption(page, page.getByRole('combobox', { name: 'Delegate' }), '吴婷');
    await page.getByLabel('Amount cap (optional)', { exact: true }).fill('5,000');
    await page.getByRole('button', { name: 'Save delegation' }).click();
    await visible(page.getByText('Enter an amount such as 5000 or 5000.00 (at most 4 decimals)'));
    await page.getByLabel('Amount cap (optional)', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save delegation' }).click();
    await visible(page.getByText('Delegation to 吴婷 saved'));
    const row = page.getByRole('row').filter({ hasText: '吴婷' });
    await visible(row.getByText('Active', { exact: true }));

    await signOut(page, '王芳');
    await signIn(page, baton.baseUrl, 'chen.jie');
    await page.getByRole('link', { name: 'Start a request' }).click();
    await page.getByRole('link', { name: 'Expense reimbursement', exact: true }).click();
    await page.getByLabel('Description', { exact: true }).fill('Taxi while the manager is away');
    await page.getByLabel('Amount', { exact: true }).fill('321.00');
    await clickSettled(page.getByRole('button', { name: 'Submit' }));
    await page.waitForURL(/\/requests\/[^/]+$/, { timeout: UI_TIMEOUT });
    await visible(page.getByText(/Waiting for 吴婷 on behalf of 王芳/));

    await signOut(page, '陈杰');
    await signIn(page, baton.baseUrl, 'wu.ting');
    await page.getByRole('link', { name: 'Inbox', exact: true }).click();
    const task = page.getByRole('row').filter({ hasText: 'Manager approval' });
    await visible(task.getByText('on behalf of 王芳'));
  });

  it('given 吴婷 holds the task, when the admin hands her work over to 方晴, then the task moves and the results say so', async ({
    skip,
  }) => {
    guard('deadlines-4-handover', skip);
    await signOut(page, '吴婷');
    await signIn(page, baton.baseUrl, 'zhou.yu');
    await page.getByRole('link', { name: 'Handover', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Handover', exact: true }));
    await chooseOption(page, page.getByRole('combobox', { name: 'Whose work' }), '吴婷');
    const tasks = page.getByRole('row').filter({ hasText: 'Manager approval' });
    await visible(tasks.first());

    await page.getByRole('button', { name: 'Hand over' }).click();
    await visible(page.getByText('Choose the successor'));
    await chooseOption(page, page.getByRole('combobox', { name: 'Successor' }), '方晴');
    await page.getByLabel('Reason', { exact: true }).fill('吴婷 moves to another team');
    await page.getByRole('button', { name: 'Hand over' }).click();

    const results = await visible(page.getByRole('region', { name: 'Results' }));
    await visible(results.getByText('Done', { exact: true }).first());
    expect(await results.getByText('Failed', { exact: true }).count()).toBe(0);
    await gone(tasks.first());
    await visible(page.getByText('No open tasks'));
  });

  it('given an admin, when the business calendar gets a bad time zone and then a holiday, then the issue shows at its field and the fix is saved', async ({
    skip,
  }) => {
    guard('deadlines-5-calendar', skip);
    await page.getByRole('link', { name: 'Business calendar', exact: true }).click();
    const zone = await visible(page.getByLabel('Time zone', { exact: true }));
    await zone.fill('Mars/Olympus');
    await visible(page.getByText('The time zone "Mars/Olympus" is not known', { exact: false }));
    expect(await page.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);

    await zone.fill('Europe/Berlin');
    await page.getByLabel('Holidays', { exact: true }).fill('2026-10-01\n2026-10-02');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByText('Business calendar saved'));
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Holidays', { exact: true }).inputValue(), {
        timeout: UI_TIMEOUT,
      })
      .toBe('2026-10-01\n2026-10-02');
    expect(await page.getByLabel('Time zone', { exact: true }).inputValue()).toBe('Europe/Berlin');

    // Everyone's delegations, for admins: the manager's delegation to 吴婷 is there.
    await page.getByRole('link', { name: 'Delegations', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'All delegations', exact: true }));
    const row = page.getByRole('row').filter({ hasText: '王芳' }).filter({ hasText: '吴婷' });
    await visible(row.getByText('Active', { exact: true }));

    // Filtered by someone with no delegation, the list no longer shows it; "Show everyone" does.
    const filter = page.getByRole('combobox', { name: 'Only delegations given or received by' });
    await chooseOption(page, filter, '方晴');
    await gone(row);
    await page.getByRole('button', { name: 'Show everyone', exact: true }).click();
    await visible(row.getByText('Active', { exact: true }));
  });
});
