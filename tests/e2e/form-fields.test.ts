import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBrowser, type RunningBaton } from './harness.ts';
import { story } from './story.ts';
import {
  chooseOption,
  clickSettled,
  decide,
  gone,
  openFromInbox,
  signIn,
  signOut,
  timelineEntry,
  visible,
} from './ui.ts';

// Issue 5 through the designer in Debian chromium: the expense flow is republished with a form
// of every field type (through the API, as a process owner would save it); an employee in
// Shanghai fills every field, submits, and reads each value back; a colleague in Los Angeles
// sees the same days; the manager edits the one field the step lets them edit and approves;
// the print view shows the fields and the history.

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const options = (...items: [string, string, string][]) =>
  items.map(([value, zh, en]) => ({ value, label: t(zh, en) }));

/** Every field type, in sections, with a linkage rule and a line-item table with a total. */
const everyFieldForm = {
  schemaVersion: 1,
  fields: [
    { key: 'basics', type: 'section', label: t('基本信息', 'Basics') },
    {
      key: 'policy',
      type: 'description',
      label: t('报销须知', 'Policy'),
      text: t('请保留所有票据原件。', 'Keep every original receipt.'),
    },
    { key: 'description', type: 'text', label: t('报销事由', 'Purpose'), required: true },
    { key: 'details', type: 'textarea', label: t('详细说明', 'Details') },
    { key: 'amount', type: 'money', label: t('报销金额', 'Amount'), required: true },
    { key: 'guests', type: 'number', label: t('人数', 'Guests') },
    { key: 'taxRate', type: 'percentage', label: t('税率', 'Tax rate') },
    { key: 'date', type: 'date', label: t('费用日期', 'Expense date') },
    { key: 'departure', type: 'datetime', label: t('出发时间', 'Departure') },
    { key: 'trip', type: 'dateRange', label: t('出差日期', 'Trip') },
    {
      key: 'category',
      type: 'select',
      label: t('类别', 'Category'),
      options: options(['travel', '差旅', 'Travel'], ['meals', '餐饮', 'Meals']),
    },
    {
      key: 'payment',
      type: 'radio',
      label: t('支付方式', 'Payment'),
      options: options(['card', '公司卡', 'Company card'], ['cash', '现金', 'Cash']),
    },
    {
      key: 'tags',
      type: 'multiselect',
      label: t('标签', 'Tags'),
      options: options(
        ['client', '客户', 'Client'],
        ['internal', '内部', 'Internal'],
        ['training', '培训', 'Training'],
      ),
    },
    { key: 'urgent', type: 'checkbox', label: t('加急', 'Urgent') },
    {
      key: 'urgentReason',
      type: 'textarea',
      label: t('加急原因', 'Why urgent'),
      visibleWhen: 'urgent',
      requiredWhen: 'urgent',
    },
    { key: 'companion', type: 'user', label: t('同行人', 'Companion') },
    { key: 'chargedTo', type: 'department', label: t('承担部门', 'Charged department') },
    {
      key: 'costCentre',
      type: 'remote',
      source: 'costCentre',
      label: t('成本中心', 'Cost centre'),
    },
    {
      key: 'related',
      type: 'reference',
      label: t('关联申请', 'Related request'),
      flowKeys: ['expense'],
    },
    { key: 'evidence', type: 'section', label: t('凭证', 'Evidence') },
    {
      key: 'receipts',
      type: 'attachment',
      label: t('票据', 'Receipts'),
      validation: { maxFiles: 3, maxSizeMb: 5, accept: ['pdf'] },
    },
    { key: 'photos', type: 'image', label: t('照片', 'Photos') },
    { key: 'lines', type: 'section', label: t('明细', 'Lines') },
    {
      key: 'items',
      type: 'table',
      label: t('费用明细', 'Line items'),
      columns: [
        { key: 'item', type: 'text', label: t('项目', 'Item') },
        { key: 'quantity', type: 'number', label: t('数量', 'Quantity') },
        { key: 'unitPrice', type: 'money', label: t('单价', 'Unit price') },
        {
          key: 'lineAmount',
          type: 'computed',
          label: t('金额', 'Line amount'),
          formula: 'quantity * unitPrice',
          total: true,
        },
      ],
    },
    {
      key: 'itemsTotal',
      type: 'computed',
      label: t('明细合计', 'Items total'),
      formula: 'sum(items.lineAmount)',
    },
    { key: 'note', type: 'textarea', label: t('审批备注', 'Approver note') },
  ],
};

/** A one-pixel PNG and a minimal PDF: real files, so the server's content check passes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let baton: RunningBaton;
let page: Page;
let requestUrl = '';
let requestTitle = '';
const { guard } = story({
  locale: 'en',
  timezoneId: 'Asia/Shanghai',
  ready(parts) {
    baton = parts.baton;
    page = parts.browser.page;
  },
});

/** Calls a tRPC procedure over plain HTTP with the page's session; returns its data. */
async function api(
  request: APIRequestContext,
  procedure: string,
  input: unknown,
  kind: 'query' | 'mutation',
): Promise<unknown> {
  const url = `${baton.baseUrl}/trpc/${procedure}`;
  const response =
    kind === 'query'
      ? await request.get(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`)
      : await request.post(url, { data: input, headers: { 'content-type': 'application/json' } });
  const body: unknown = await response.json();
  expect(response.ok(), `${procedure}: ${JSON.stringify(body)}`).toBe(true);

  return (body as { result: { data: unknown } }).result.data;
}

/** The value shown beside `label` in a read-only form (a row of its description list). */
function shownValue(scope: Page | Locator, label: string): Locator {
  return scope
    .getByRole('row')
    .filter({ has: scope.getByText(label, { exact: true }) })
    .last();
}

async function expectShown(scope: Page | Locator, label: string, ...texts: string[]) {
  const row = await visible(shownValue(scope, label));
  for (const text of texts) await visible(row.getByText(text, { exact: false }).first());
}

describe('every field type through the UI', () => {
  it('given the expense flow, when a process owner republishes it with every field type, then v2 is live', async ({
    skip,
  }) => {
    guard('1-publish', skip);

    // An earlier claim of chen.jie's, for the reference field to point at.
    await signIn(page, baton.baseUrl, 'chen.jie');
    await api(
      page.request,
      'instances.start',
      { flowKey: 'expense', values: { description: 'Taxi to the airport', amount: '88.00' } },
      'mutation',
    );
    await signOut(page, '陈杰');

    await signIn(page, baton.baseUrl, 'sun.hao');
    const draft = (await api(page.request, 'flows.get', { key: 'expense' }, 'query')) as {
      bundle: { flow: Record<string, unknown> };
      draftRevision: number;
    };
    const bundle = {
      ...draft.bundle,
      flow: { ...draft.bundle.flow, fieldAccess: { manager: { note: 'edit' } } },
      form: everyFieldForm,
    };
    const saved = (await api(
      page.request,
      'flows.saveDraft',
      { key: 'expense', bundle, expectedRevision: draft.draftRevision },
      'mutation',
    )) as { draftRevision: number; issues: { severity: string; message: string }[] };
    expect(saved.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const published = await api(
      page.request,
      'flows.publish',
      { key: 'expense', expectedRevision: saved.draftRevision },
      'mutation',
    );
    expect(published).toMatchObject({ version: 2 });
    await signOut(page, '孙浩');
  });

  it('given v2, when the employee fills in every field, then linkage, files and the line-item total work as they type', async ({
    skip,
  }) => {
    guard('2-fill', skip);
    await signIn(page, baton.baseUrl, 'chen.jie');
    await page.getByRole('link', { name: 'Start a request' }).click();
    await page.getByRole('link', { name: 'Expense reimbursement', exact: true }).click();
    await visible(page.getByText('Flow version 2'));

    // Sections head their fields; the description is text, not an input.
    await visible(page.getByRole('heading', { name: 'Basics' }));
    await visible(page.getByRole('heading', { name: 'Evidence' }));
    await visible(page.getByText('Keep every original receipt.'));

    await page.getByLabel('Purpose', { exact: true }).fill('Client visit to Shanghai');
    await page.getByLabel('Details', { exact: true }).fill('Two days with the client team.');
    await page.getByLabel('Amount', { exact: true }).fill('1234.5');
    await visible(page.getByText('In Chinese capitals: 壹仟贰佰叁拾肆元伍角'));
    await page.getByLabel('Guests', { exact: true }).fill('3');
    await page.getByLabel('Tax rate', { exact: true }).fill('6');
    await page.getByLabel('Expense date', { exact: true }).fill('2026-03-02');
    await page.getByLabel('Departure', { exact: true }).fill('2026-03-02T09:30');
    await page.getByLabel('Trip start date', { exact: true }).fill('2026-03-02');
    await page.getByLabel('Trip end date', { exact: true }).fill('2026-03-04');
    await visible(page.getByText('3 days', { exact: true }));
    await chooseOption(page, page.getByLabel('Category', { exact: true }), 'Travel');
    await page.getByRole('radio', { name: 'Company card' }).check();
    const tags = page.getByLabel('Tags', { exact: true });
    await chooseOption(page, tags, 'Training');
    await chooseOption(page, tags, 'Client');
    await tags.press('Escape');

    // Linkage: "Why urgent" appears, required, only while "Urgent" is ticked.
    await expect(page.getByLabel('Why urgent', { exact: true }).count()).resolves.toBe(0);
    await page.getByLabel('Urgent', { exact: true }).check();
    await (await visible(page.getByLabel('Why urgent', { exact: true }))).fill('Client deadline');

    await chooseOption(page, page.getByLabel('Companion', { exact: true }), '王芳');
    await chooseOption(page, page.getByLabel('Charged department', { exact: true }), '华东销售部');
    const costCentre = page.getByLabel('Cost centre', { exact: true });
    await costCentre.click();
    await costCentre.pressSequentially('1002');
    await clickSettled(page.getByTitle('CC-1002 · South Sales', { exact: true }));
    const related = page.getByLabel('Related request', { exact: true });
    await related.click();
    await related.pressSequentially('Taxi');
    await clickSettled(page.getByTitle(/88\.00/));

    // Files: a wrong type is refused before upload; a PDF and a PNG are uploaded and listed.
    const receipts = page.getByLabel('Receipts', { exact: true });
    await receipts.setInputFiles({
      name: 'setup.exe',
      mimeType: 'application/x-msdownload',
      buffer: PDF,
    });
    await visible(page.getByText('"setup.exe" is not an accepted type', { exact: false }));
    await page.getByRole('button', { name: 'Dismiss the note on setup.exe' }).click();
    await receipts.setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: PDF });
    await visible(page.getByRole('link', { name: 'invoice.pdf' }));
    await page.getByLabel('Photos', { exact: true }).setInputFiles({
      name: 'receipt.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await visible(page.getByRole('img', { name: 'Preview of receipt.png' }));

    // Three lines, the middle one removed: the line amounts and the total follow every edit.
    const items = page.getByRole('group', { name: 'Line items' });
    const lines: [string, string, string][] = [
      ['Taxi', '2', '30'],
      ['Hotel', '1', '500'],
      ['Dinner', '3', '25.5'],
    ];
    for (const [index, [item, quantity, price]] of lines.entries()) {
      await items.getByRole('button', { name: 'Add row' }).click();
      const line = index + 1;
      await (await visible(items.getByLabel(`Line ${line} Item`))).fill(item);
      await items.getByLabel(`Line ${line} Quantity`).fill(quantity);
      await items.getByLabel(`Line ${line} Unit price`).fill(price);
    }
    const total = items.locator('tfoot');
    await visible(total.getByText('CN¥636.50'));
    await items.getByRole('button', { name: 'Remove line 2' }).click();
    await visible(total.getByText('CN¥136.50'));
    await expect(items.getByLabel('Line 2 Item').inputValue()).resolves.toBe('Dinner');
    await visible(total.getByText('In Chinese capitals: 壹佰叁拾陆元伍角'));
    // Moving the last line up swaps the two; the total stays.
    await items.getByRole('button', { name: 'Move line 2 up' }).click();
    await expect(items.getByLabel('Line 1 Item').inputValue()).resolves.toBe('Dinner');
    await visible(total.getByText('CN¥136.50'));

    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForURL(/\/requests\/[^/]+$/, { timeout: 30_000 });
    requestUrl = page.url();
    // The request is titled with the amount (the start page's heading is the flow's name).
    const heading = await visible(page.getByRole('heading', { level: 3, name: /1,234\.50/ }));
    requestTitle = (await heading.textContent()) ?? '';
  });

  it('given the submitted request, when it is read back and after a reload, then every value shows as entered', async ({
    skip,
  }) => {
    guard('3-read-back', skip);
    // The request page's values; its other rows (the summary's) hold none of these labels.
    for (const pass of ['submitted', 'reloaded']) {
      if (pass === 'reloaded') await page.reload();
      await expectShown(page, 'Purpose', 'Client visit to Shanghai');
      await expectShown(page, 'Details', 'Two days with the client team.');
      await expectShown(page, 'Amount', 'CN¥1,234.50', '壹仟贰佰叁拾肆元伍角');
      await expectShown(page, 'Guests', '3');
      await expectShown(page, 'Tax rate', '6.00%');
      await expectShown(page, 'Expense date', 'Mar 2, 2026');
      await expectShown(page, 'Departure', 'Mar 2, 2026', '9:30');
      await expectShown(page, 'Trip', 'Mar 2, 2026 – Mar 4, 2026 (3 days)');
      await expectShown(page, 'Category', 'Travel');
      await expectShown(page, 'Payment', 'Company card');
      await expectShown(page, 'Tags', 'Client and Training');
      await expectShown(page, 'Urgent', 'Yes');
      await expectShown(page, 'Why urgent', 'Client deadline');
      await expectShown(page, 'Companion', '王芳');
      await expectShown(page, 'Charged department', '华东销售部');
      await expectShown(page, 'Cost centre', 'CC-1002 · South Sales');
      await expectShown(page, 'Related request', 'Expense reimbursement');
      await visible(page.getByRole('link', { name: 'invoice.pdf' }));
      await visible(page.getByRole('img', { name: 'Preview of receipt.png' }));
      const table = page.getByRole('table', { name: 'Line items' });
      await visible(table.getByText('Dinner'));
      await visible(table.getByText('CN¥136.50'));
      await expectShown(page, 'Items total', 'CN¥136.50');
    }
  });

  it('given the Chinese UI, when the request is read, then amounts carry capitals and days read in Chinese', async ({
    skip,
  }) => {
    guard('4-chinese', skip);
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('中文').click();
    await expectShown(page, '报销金额', '¥1,234.50', '大写：壹仟贰佰叁拾肆元伍角');
    await expectShown(page, '费用日期', '2026年3月2日');
    await expectShown(page, '出差日期', '2026年3月2日 至 2026年3月4日（共 3 天）');
    await expectShown(page, '标签', '客户和培训');
    await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click();
    await visible(page.getByRole('radiogroup', { name: 'Language' }));
  });

  it('given a viewer in Los Angeles, when the request is read, then every date is the same day and the moment is in their time', async ({
    skip,
  }) => {
    guard('5-time-zone', skip);
    const faraway = await openBrowser({ locale: 'en', timezoneId: 'America/Los_Angeles' });
    try {
      await signIn(faraway.page, baton.baseUrl, 'chen.jie');
      await faraway.page.goto(requestUrl);
      await expectShown(faraway.page, 'Expense date', 'Mar 2, 2026');
      await expectShown(faraway.page, 'Trip', 'Mar 2, 2026 – Mar 4, 2026 (3 days)');
      // 09:30 in Shanghai is 17:30 the evening before in Los Angeles.
      await expectShown(faraway.page, 'Departure', 'Mar 1, 2026', '5:30');
    } finally {
      await faraway.close();
    }
  });

  it('given the manager’s step lets them edit the note, when they edit it and approve, then the note is saved and the rest stayed read-only', async ({
    skip,
  }) => {
    guard('6-approver-edit', skip);
    await signOut(page, '陈杰');
    await signIn(page, baton.baseUrl, 'wang.fang');
    await openFromInbox(page, requestTitle, 'Manager approval');

    // Only the note is an input; the other fields show their values.
    await visible(page.getByText('You may edit these fields', { exact: true }));
    await expect(page.getByRole('textbox', { name: 'Purpose' }).count()).resolves.toBe(0);
    await visible(page.getByText('Client visit to Shanghai', { exact: true }));
    await page.getByLabel('Approver note', { exact: true }).fill('Checked against the hotel bill.');
    await decide(page, { step: 'Manager approval', comment: 'Fine.' });
    await visible(timelineEntry(page, '王芳 edited Approver note (Manager approval)'));
    await visible(timelineEntry(page, '王芳 approved (Manager approval)', 'Fine.'));
    await expectShown(page, 'Approver note', 'Checked against the hotel bill.');
    await gone(page.getByText('You may edit these fields', { exact: true }));
  });

  it('given the approved request, when its print view is opened, then it shows the fields and the history without the app around it', async ({
    skip,
  }) => {
    guard('7-print', skip);
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await page.waitForURL(/\/requests\/[^/]+\/print$/);
    await visible(page.getByRole('heading', { name: requestTitle, level: 2 }));
    await visible(page.getByRole('heading', { name: 'Request details' }));
    await expectShown(page, 'Amount', 'CN¥1,234.50', '壹仟贰佰叁拾肆元伍角');
    await expectShown(page, 'Approver note', 'Checked against the hotel bill.');
    await visible(page.getByRole('table', { name: 'Line items' }).getByText('CN¥136.50'));
    await visible(page.getByRole('heading', { name: 'History' }));
    await visible(timelineEntry(page, '陈杰 started the request'));
    await visible(timelineEntry(page, '王芳 approved (Manager approval)', 'Fine.'));
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).count()).resolves.toBe(
      0,
    );

    // On paper the toolbar (and its Print button) is gone; the content stays.
    const print = page.getByRole('button', { name: 'Print', exact: true });
    await visible(print);
    await page.emulateMedia({ media: 'print' });
    await gone(print);
    await visible(page.getByRole('heading', { name: 'Request details' }));
    // On a narrow sheet the line items keep inside the page and no amount breaks over lines.
    const screen = page.viewportSize();
    await page.setViewportSize({ width: 480, height: 900 });
    const layout = await page.getByRole('table', { name: 'Line items' }).evaluate((table) => {
      const page = table.closest('main')?.getBoundingClientRect();
      const amounts = [...table.querySelectorAll('td')].filter((cell) =>
        cell.textContent?.startsWith('CN¥'),
      );
      const lines = amounts.map((cell) => {
        const range = cell.ownerDocument.createRange();
        range.selectNodeContents(cell);

        return range.getClientRects().length;
      });

      return { inside: table.getBoundingClientRect().right <= (page?.right ?? 0), lines };
    });
    expect(layout.inside).toBe(true);
    expect(layout.lines.length).toBeGreaterThan(0);
    expect(layout.lines.every((count) => count === 1)).toBe(true);
    if (screen) await page.setViewportSize(screen);
    await page.emulateMedia({ media: 'screen' });
  });
});
