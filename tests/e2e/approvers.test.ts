import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningBaton } from './harness.ts';
import { story } from './story.ts';
import {
  chooseOption,
  clickSettled,
  openExpenseFlow,
  signIn,
  signOut,
  timelineEntry,
  visible,
} from './ui.ts';

// Issue 3 through the designer in Debian chromium, in English: the process owner sets an
// approval step to percentage mode and reads its policy in plain words, then keeps a sample
// request in the Test tab and sees who would approve each step and why; an employee sees the
// approval preview on the expense form before submitting, and the history says why each
// person got the task; an admin checks the organization; picked approvers (by the initiator at
// submission, by the approver for the next step) get the tasks.

let baton: RunningBaton;
let page: Page;
const { guard } = story({
  locale: 'en-US',
  ready(parts) {
    baton = parts.baton;
    page = parts.browser.page;
  },
});

describe('approvers through the UI', () => {
  it('given the expense flow, when the process owner sets finance to percentage mode, then the policy reads in plain words', async ({
    skip,
  }) => {
    guard('approvers-1-panel', skip);
    await signIn(page, baton.baseUrl, 'sun.hao');

    const canvas = await openExpenseFlow(page);
    const finance = await visible(
      canvas.getByRole('group', { name: 'Approval: Finance approval' }),
    );

    // Nothing selected: the flow's own settings.
    await visible(page.getByRole('heading', { name: 'Flow settings' }));
    await visible(page.getByRole('combobox', { name: 'When the same person comes up again' }));

    await finance.click();
    const panel = page.getByRole('region', { name: 'Finance approval' });
    await visible(panel.getByText('One rejection returns the request to the initiator'));
    await panel.getByRole('radiogroup', { name: 'Approval mode' }).getByText('Percentage').click();
    await visible(
      panel.getByText(
        '50% of the approvers must approve (rounded up, at least one: 2 of 3, 5 of 10)',
      ),
    );
    await visible(finance.getByText('Role: Finance · 50% approve'));

    await chooseOption(
      page,
      panel.getByRole('combobox', { name: 'The step is rejected' }),
      'When rejections reach a share',
    );
    await visible(
      panel.getByText(
        'When 50% of the approvers reject, or approval can no longer be reached, the request returns to the initiator',
      ),
    );

    await page.getByRole('button', { name: 'Save draft' }).click();
    await visible(page.getByText(/^Draft saved/));
  });

  it('given the draft, when the process owner saves a sample in the Test tab and runs it, then each step shows its approvers and why', async ({
    skip,
  }) => {
    guard('approvers-2-test-tab', skip);

    await page.getByRole('tab', { name: 'Test' }).click();
    const tab = page.getByRole('tabpanel', { name: 'Test' });
    await (await visible(tab.getByRole('button', { name: 'New sample' }))).click();
    const sample = await visible(tab.getByRole('region', { name: 'Sample', exact: true }));
    await sample.getByLabel('Sample name', { exact: true }).fill('Big claim');
    await chooseOption(page, sample.getByRole('combobox', { name: 'Initiator' }), '陈杰');
    await sample.getByLabel('Description', { exact: true }).fill('Trade fair stand');
    await sample.getByLabel('Amount', { exact: true }).fill('12345.67');
    await sample.getByRole('button', { name: 'Save sample' }).click();
    await visible(page.getByText('Sample saved'));
    await visible(tab.getByRole('button', { name: 'Edit sample “Big claim”' }));

    await tab.getByRole('button', { name: 'Run all samples' }).click();
    await visible(tab.getByText('Sample “Big claim”'));
    const draft = await visible(tab.getByRole('list', { name: 'Route on the draft' }));
    const manager = draft.getByRole('listitem', { name: 'Manager approval' });
    await visible(manager.getByText('王芳', { exact: true }));
    await visible(manager.getByText(/head of/i).first());
    const financeStep = draft.getByRole('listitem', { name: 'Finance approval' });
    await visible(financeStep.getByText('李娜', { exact: true }));
    await visible(financeStep.getByText(/finance/i).first());
    await visible(tab.getByRole('region', { name: 'Compared with the published version' }));
  });

  it('given the published flow, when the employee fills in the expense form, then the approval preview shows who approves and why before submitting', async ({
    skip,
  }) => {
    guard('approvers-3-preview', skip);
    await signOut(page, '孙浩');
    await signIn(page, baton.baseUrl, 'chen.jie');

    await page.getByRole('link', { name: 'Start a request' }).click();
    await page.getByRole('link', { name: 'Expense reimbursement', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Expense reimbursement' }));
    await page.getByLabel('Description', { exact: true }).fill('Taxi to the client');
    await page.getByLabel('Amount', { exact: true }).fill('800');

    const preview = await visible(page.getByRole('region', { name: 'Approval preview' }));
    const manager = preview.getByRole('listitem', { name: 'Manager approval' });
    await visible(manager.getByText('王芳', { exact: true }));
    await visible(manager.getByText(/head of/i).first());
    await visible(
      preview.getByText('Once every step above approves, the request is approved and ends here'),
    );

    await clickSettled(page.getByRole('button', { name: 'Submit' }));
    await page.waitForURL(/\/requests\/[^/]+$/, { timeout: 30_000 });
    const assigned = await visible(timelineEntry(page, 'Manager approval: assigned to 王芳'));
    await visible(assigned.getByText(/^Why: /));
  });

  it('given an admin, when the organization is checked in its editor, then it has no issues', async ({
    skip,
  }) => {
    guard('approvers-4-org', skip);
    // The employee has no organization page.
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await visible(nav.getByRole('link', { name: 'Inbox', exact: true }));
    expect(await nav.getByRole('link', { name: 'Organization' }).count()).toBe(0);
    await signOut(page, '陈杰');
    await signIn(page, baton.baseUrl, 'zhou.yu');

    await page.getByRole('link', { name: 'Organization' }).click();
    await visible(page.getByRole('heading', { name: 'Organization', exact: true }));
    // Monaco's input is a tiny textarea: present rather than visible.
    await page
      .getByRole('textbox', { name: /Organization JSON/ })
      .first()
      .waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await visible(page.getByText('Checked: no issues'));
  });

  it('given steps whose approvers are picked, when the initiator and then the approver pick, then the picked people get the tasks', async ({
    skip,
  }) => {
    guard('approvers-5-picks', skip);
    await signOut(page, '周宇');
    await signIn(page, baton.baseUrl, 'sun.hao');

    // The manager step: the initiator picks someone from Finance; the finance step: the
    // manager-step approver picks the next approver. Published as v2.
    const canvas = await openExpenseFlow(page);
    const manager = await visible(
      canvas.getByRole('group', { name: 'Approval: Manager approval' }),
    );
    await manager.click();
    const managerPanel = page.getByRole('region', { name: 'Manager approval' });
    await chooseOption(
      page,
      managerPanel.getByRole('combobox', { name: 'Approver type' }),
      'Initiator picks',
    );
    await chooseOption(
      page,
      managerPanel.getByRole('combobox', { name: 'Allowed roles' }),
      'Finance',
    );
    await page.keyboard.press('Escape');
    await visible(manager.getByText('One person picked by the initiator'));
    const finance = canvas.getByRole('group', { name: 'Approval: Finance approval' });
    await finance.click();
    await chooseOption(
      page,
      page.getByRole('region', { name: 'Finance approval' }).getByRole('combobox', {
        name: 'Approver type',
      }),
      'Previous approver picks',
    );
    await visible(finance.getByText(/One person picked by the previous approver/));
    await page.getByRole('button', { name: 'Publish' }).click();
    await visible(page.getByText('Published v2'));

    // The employee must pick before submitting, from Finance only.
    await signOut(page, '孙浩');
    await signIn(page, baton.baseUrl, 'chen.jie');
    await page.getByRole('link', { name: 'Start a request' }).click();
    await page.getByRole('link', { name: 'Expense reimbursement', exact: true }).click();
    await visible(page.getByText('Flow version 2'));
    await page.getByLabel('Description', { exact: true }).fill('Booth material');
    await page.getByLabel('Amount', { exact: true }).fill('9000');
    const picker = await visible(
      page.getByRole('combobox', { name: 'Approvers for “Manager approval”' }),
    );
    await clickSettled(page.getByRole('button', { name: 'Submit' }));
    await visible(page.getByText('Pick the approvers for “Manager approval” before submitting'));
    await chooseOption(page, picker, '李娜');
    await page.keyboard.press('Escape');
    await clickSettled(page.getByRole('button', { name: 'Submit' }));
    await page.waitForURL(/\/requests\/[^/]+$/, { timeout: 30_000 });
    const request = page.url();
    await visible(timelineEntry(page, 'Manager approval: assigned to 李娜'));

    // The picked approver picks who approves the finance step.
    await signOut(page, '陈杰');
    await signIn(page, baton.baseUrl, 'li.na');
    await page.goto(request);
    await visible(page.getByText('Your decision · Manager approval'));
    await chooseOption(
      page,
      page.getByRole('combobox', { name: 'Approvers for the next step, “Finance approval”' }),
      '黄磊',
    );
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await visible(timelineEntry(page, 'Finance approval: assigned to 黄磊'));
  });

  it('given an approver rule left unfinished, when the process owner tries to publish and leave, then Publish waits and leaving asks first', async ({
    skip,
  }) => {
    guard('approvers-6-unfinished', skip);
    await signOut(page, '李娜');
    await signIn(page, baton.baseUrl, 'sun.hao');
    const canvas = await openExpenseFlow(page);
    await (
      await visible(canvas.getByRole('group', { name: 'Approval: Finance approval' }))
    ).click();
    const panel = page.getByRole('region', { name: 'Finance approval' });
    await chooseOption(page, panel.getByRole('combobox', { name: 'Approver type' }), 'Position');

    const issues = page.getByRole('region', { name: /^Issues/ });
    await visible(issues.getByText('The “Position” rule is not complete', { exact: false }));
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);

    await page.getByRole('link', { name: 'Start a request' }).click();
    const leave = await visible(page.getByRole('dialog', { name: 'Leave without saving?' }));
    await clickSettled(leave.getByRole('button', { name: 'Leave' }));
    await visible(page.getByRole('heading', { name: 'Start a request' }));
  });
});
