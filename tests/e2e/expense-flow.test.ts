import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type RunningBaton } from './harness.ts';
import { story } from './story.ts';
import {
  chooseOption,
  decide,
  dragWithMouse,
  gone,
  historyList,
  openFromInbox,
  signIn,
  signOut,
  timelineEntry,
  valueOf,
  visible,
} from './ui.ts';

// Issue 2, steps 1-3, through the designer in Debian chromium: a process owner adds an
// executive approval on the canvas and publishes v2; an employee claims 12,345.67 CNY; the
// claim is approved, returned by Finance, resubmitted and approved to the end.

const NAMES = {
  'sun.hao': '孙浩',
  'chen.jie': '陈杰',
  'wang.fang': '王芳',
  'li.na': '李娜',
  'zhao.min': '赵敏',
} as const;
type Username = keyof typeof NAMES;

let baton: RunningBaton;
let page: Page;
/** Who is signed in now, so each step can sign them out through the user menu. */
let signedIn: Username | undefined;
/** The request chen.jie submits in the second test, by its title. */
let request: { title: string } | undefined;
// A Chinese browser: Baton starts in Chinese; the first test switches it to English.
const { guard } = story({
  locale: 'zh-CN',
  ready(parts) {
    baton = parts.baton;
    page = parts.browser.page;
  },
});

async function switchUser(username: Username): Promise<void> {
  if (signedIn) await signOut(page, NAMES[signedIn]);
  await signIn(page, baton.baseUrl, username);
  signedIn = username;
}

describe('the expense flow through the UI', () => {
  it('given the Chinese UI, when the process owner adds an executive approval on the canvas, then v2 is published', async ({
    skip,
  }) => {
    guard('1-designer', skip);

    // The sign-in page and the workspace speak Chinese in a Chinese browser.
    await page.goto(`${baton.baseUrl}/sign-in`);
    await visible(page.getByRole('heading', { name: '登录' }));
    await page.getByLabel('用户名').fill('sun.hao');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    const nav = await visible(page.getByRole('navigation', { name: '主导航' }));
    await visible(nav.getByRole('link', { name: '发起申请' }));
    await visible(nav.getByRole('link', { name: '流程设计' }));
    signedIn = 'sun.hao';

    // Switch to English for the rest of the run (remembered by the browser).
    await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click();
    await visible(page.getByRole('navigation', { name: 'Main navigation' }));

    // Flows → Expense reimbursement, on the canvas.
    await page.getByRole('link', { name: 'Flows', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Flows', exact: true }));
    await page
      .getByRole('table')
      .getByRole('link', { name: 'Expense reimbursement', exact: true })
      .click();
    await visible(page.getByRole('heading', { name: 'Expense reimbursement' }));
    await visible(page.getByText('Latest version v1'));
    const canvas = page.getByRole('tabpanel', { name: 'Flow' });
    await visible(canvas.getByRole('group', { name: 'Approval: Finance approval' }));
    await visible(page.getByText('No issues: ready to publish'));

    // Drag "Approval" from the palette onto the edge after the finance step.
    await dragWithMouse(
      page,
      page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Approval' }),
      page.locator('[data-edge-id="e-finance-end"]'),
    );
    const added = canvas.getByRole('group', { name: 'Approval: Approval' });
    await visible(added);
    // A straight vertical edge has a zero-width box, which Playwright calls hidden: check that
    // the new edges exist rather than that they have an area.
    await canvas
      .getByRole('group', { name: 'Finance approval → Approval' })
      .waitFor({ state: 'attached' });
    await canvas.getByRole('group', { name: 'Approval → End' }).waitFor({ state: 'attached' });

    // The checker flags the new step: a badge on the node and an entry in the issues list.
    await visible(added.getByRole('img', { name: /^Issues \(1\): .*no approvers/ }));
    await visible(page.getByRole('heading', { name: 'Issues (1)' }));
    await visible(page.getByRole('button', { name: /has no approvers/ }));
    await visible(page.getByRole('button', { name: 'Publish' }));
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true);

    // The property panel is open on the new step: role Executive, and a name.
    const panel = page.getByRole('region', { name: 'Approval' });
    await visible(panel.getByRole('combobox', { name: 'Approver type' }));
    await visible(
      panel.getByRole('group', { name: 'Approvers' }).getByText('Role', { exact: true }),
    );
    await chooseOption(page, panel.getByRole('combobox', { name: 'Approver role' }), 'Executive');
    await visible(added.getByText('Role: Executive'));
    await panel.getByRole('textbox', { name: 'Step name (English)' }).fill('Executive approval');
    await panel.getByRole('textbox', { name: 'Step name (English)' }).press('Enter');
    await panel.getByRole('textbox', { name: 'Step name (Chinese)' }).fill('总经理审批');
    await panel.getByRole('textbox', { name: 'Step name (Chinese)' }).press('Enter');
    const executive = canvas.getByRole('group', { name: 'Approval: Executive approval' });
    await visible(executive);

    // The issues are gone, and publishing makes v2.
    await visible(page.getByRole('heading', { name: 'Issues (0)' }));
    await visible(page.getByText('No issues: ready to publish'));
    await gone(executive.getByRole('img', { name: /^Issues/ }));
    await page.getByRole('button', { name: 'Publish' }).click();
    await visible(page.getByText('Published v2'));
    await visible(page.getByText('Latest version v2'));

    await page.getByRole('tab', { name: 'Versions' }).click();
    const versions = await visible(page.getByRole('list', { name: 'Versions' }));
    await visible(versions.getByText('v2', { exact: true }));
    await visible(versions.getByText('v1', { exact: true }));
    expect(await versions.getByRole('listitem').count()).toBe(2);
  });

  it('given v2, when the employee fills in the generated form with two line items, then the total is 12,345.67 and the request is submitted', async ({
    skip,
  }) => {
    guard('2-start', skip);
    await switchUser('chen.jie');

    await page.getByRole('link', { name: 'Start a request' }).click();
    await visible(page.getByRole('heading', { name: 'Start a request' }));
    await page.getByRole('link', { name: 'Expense reimbursement', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Expense reimbursement' }));
    await visible(page.getByText('Flow version 2'));

    await page.getByLabel('Description', { exact: true }).fill('Client visit to Shanghai, March');
    await page.getByLabel('Amount', { exact: true }).fill('12345.67');
    await page.getByLabel('Expense date', { exact: true }).fill('2026-03-12');
    await chooseOption(page, page.getByLabel('Cost centre', { exact: true }), 'CC-1001 East Sales');

    const items = page.getByRole('group', { name: 'Line items' });
    await items.getByRole('button', { name: 'Add row' }).click();
    await (await visible(items.getByLabel('Line 1 Item'))).fill('Hotel, four nights');
    await items.getByLabel('Line 1 Amount').fill('10000.00');
    await items.getByRole('button', { name: 'Add row' }).click();
    await (await visible(items.getByLabel('Line 2 Item'))).fill('Client dinner');
    await items.getByLabel('Line 2 Amount').fill('2345.67');
    await valueOf(page.getByLabel('Items total', { exact: true }), '12,345.67');

    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForURL(/\/requests\/[^/]+$/, { timeout: 30_000 });
    // The request is titled with the flow, the initiator and the amount.
    const heading = await visible(page.getByRole('heading', { level: 3, name: /12,345\.67/ }));
    const title = (await heading.textContent()) ?? '';
    request = { title };
    await visible(page.getByText('In approval', { exact: true }));
    await visible(timelineEntry(page, '陈杰 started the request'));
    await visible(page.getByText(`Waiting for 王芳 (Manager approval)`));
  });

  it('given the request, when the manager approves, finance returns it, the employee resubmits and everyone approves, then it completes along the new path', async ({
    skip,
  }) => {
    guard('3-approvals', skip);
    if (!request) throw new Error('no request was submitted');

    await switchUser('wang.fang');
    await openFromInbox(page, request.title, 'Manager approval');
    await decide(page, { step: 'Manager approval', comment: 'Fine for the Shanghai visit.' });
    await visible(
      timelineEntry(page, '王芳 approved (Manager approval)', 'Fine for the Shanghai visit.'),
    );

    await switchUser('li.na');
    await openFromInbox(page, request.title, 'Finance approval');
    await decide(page, {
      step: 'Finance approval',
      comment: 'Please split the hotel bill per night.',
      reject: true,
    });
    await visible(page.getByText('Returned', { exact: true }));
    const returned = page.getByRole('figure', { name: 'Flow canvas' });
    await visible(returned.getByRole('group', { name: 'Approval: Finance approval (Rejected)' }));

    await switchUser('chen.jie');
    await page.getByRole('link', { name: 'My requests' }).click();
    await visible(page.getByRole('heading', { name: 'My requests' }));
    await page.getByRole('link', { name: request.title }).click();
    await visible(page.getByText('Edit and resubmit', { exact: true }));
    const description = page.getByLabel('Description', { exact: true });
    await valueOf(description, 'Client visit to Shanghai, March');
    await description.fill('Client visit to Shanghai, March (hotel split per night)');
    await page.getByRole('button', { name: 'Resubmit' }).click();
    await visible(timelineEntry(page, '陈杰 edited and resubmitted the request'));
    await visible(page.getByText('In approval', { exact: true }));

    await switchUser('wang.fang');
    await openFromInbox(page, request.title, 'Manager approval');
    await decide(page, { step: 'Manager approval', comment: 'Approved again.' });

    await switchUser('li.na');
    await openFromInbox(page, request.title, 'Finance approval');
    await decide(page, { step: 'Finance approval', comment: 'Hotel bill checked.' });

    await switchUser('zhao.min');
    await openFromInbox(page, request.title, 'Executive approval');
    await decide(page, { step: 'Executive approval', comment: 'OK from the CEO.' });
    await visible(timelineEntry(page, 'Approved: the request is complete'));

    // The employee sees it completed, with the path taken and who did what.
    await switchUser('chen.jie');
    await page.getByRole('link', { name: 'My requests' }).click();
    const row = page.getByRole('row').filter({ hasText: request.title });
    await visible(row.getByText('Approved', { exact: true }));
    await row.getByRole('link', { name: request.title }).click();
    await visible(page.getByRole('heading', { name: request.title }));
    await visible(page.getByText('Approved', { exact: true }));
    await visible(page.getByText('Client visit to Shanghai, March (hotel split per night)'));

    const diagram = await visible(page.getByRole('figure', { name: 'Flow canvas' }));
    for (const node of [
      'Start: Submit claim',
      'Approval: Manager approval',
      'Condition branch: Amount ≥ 5,000?',
      'Approval: Finance approval',
      'Approval: Executive approval',
      'End: End',
    ]) {
      await visible(diagram.getByRole('group', { name: `${node} (Passed)` }));
    }
    await visible(page.getByRole('list', { name: 'Legend' }).getByText('Passed'));

    const history: [string, string?][] = [
      ['陈杰 started the request'],
      ['王芳 approved (Manager approval)', 'Fine for the Shanghai visit.'],
      [
        '李娜 rejected and returned it to the initiator (Finance approval)',
        'Please split the hotel bill per night.',
      ],
      ['陈杰 edited and resubmitted the request'],
      ['王芳 approved (Manager approval)', 'Approved again.'],
      ['李娜 approved (Finance approval)', 'Hotel bill checked.'],
      ['赵敏 approved (Executive approval)', 'OK from the CEO.'],
      ['Approved: the request is complete'],
    ];
    for (const [text, comment] of history) {
      const entry = await visible(timelineEntry(page, text, comment));
      await visible(entry.getByRole('time'));
    }
    // Oldest first, in the order things happened (branch lines may sit in between).
    const lines = await historyList(page).getByRole('listitem').allInnerTexts();
    let from = 0;
    for (const [text, comment] of history) {
      const at = lines.findIndex(
        (line, index) => index >= from && line.includes(text) && line.includes(comment ?? ''),
      );
      expect(at, `history line "${text}" in order`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });
});
