import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UI_TIMEOUT, type RunningBaton } from './harness.ts';
import { story } from './story.ts';
import {
  clickSettled,
  decide,
  dragWithMouse,
  gone,
  openFromInbox,
  signIn,
  signOut,
  valueOf,
  visible,
} from './ui.ts';

// Issue 5, the form builder through the designer in Debian chromium: a process owner builds an
// office purchase form from the expense template (palette drags, a line-item table with a row
// formula and a total, a computed total typed in Monaco, undo and redo, a field hidden from the
// manager) and publishes it; an employee submits two lines and sees the total as they type;
// the manager sees the total but not the hidden field. Then an admin maintains suppliers.

const NAMES = { 'sun.hao': '孙浩', 'chen.jie': '陈杰', 'wang.fang': '王芳', 'zhou.yu': '周宇' };
type Username = keyof typeof NAMES;

let baton: RunningBaton;
let page: Page;
let signedIn: Username | undefined;
/** The request chen.jie submits, by its title. */
let requestTitle: string | undefined;
const { guard } = story({
  locale: 'en',
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

/**
 * Picks `label` in an antd select: the option shown in the drop-down that this combobox
 * controls (other drop-downs and the page may show the same words).
 */
async function pick(combobox: Locator, label: string): Promise<void> {
  await (await visible(combobox)).click();
  const list = await combobox.getAttribute('aria-controls');
  const dropDown = page.locator(`[id="${list ?? ''}"]`).locator('xpath=..');
  await clickSettled(dropDown.getByText(label, { exact: true }).filter({ visible: true }));
}

/** Types into a text setting and commits it with Enter (one undoable edit). */
async function setText(scope: Page | Locator, name: string, text: string): Promise<void> {
  const input = await visible(scope.getByRole('textbox', { name, exact: true }));
  await input.fill(text);
  await input.press('Enter');
}

/** Replaces what a Monaco expression editor holds by typing, as a user does. */
async function typeExpression(editor: Locator, text: string): Promise<void> {
  // Monaco's input is a tiny element: present rather than visible.
  await editor.waitFor({ state: 'attached', timeout: UI_TIMEOUT });
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  // Close a completion list, if one is open, so that Enter commits rather than picks.
  await page.keyboard.press('Escape');
}

async function dragFromPalette(type: string): Promise<void> {
  const palette = page.getByRole('navigation', { name: 'Field types' });
  await dragWithMouse(
    page,
    palette.getByRole('button', { name: type, exact: true }),
    page.getByText('Drop here to add at the end'),
  );
}

/** The field list's row button of a field, by its label. */
function fieldRow(label: string): Locator {
  return page
    .getByRole('list', { name: 'Fields' })
    .getByRole('button', { name: `Edit “${label}”` });
}

/** Sets the selected field's key and both labels. */
async function nameField(key: string, en: string, zh: string): Promise<void> {
  await setText(page, 'Field key', key);
  await setText(page, 'Label (English)', en);
  await visible(fieldRow(en));
  await setText(page, 'Label (Chinese)', zh);
}

async function addColumn(index: number, column: { key: string; en: string; type: string }) {
  await page.getByRole('button', { name: 'Add column' }).click();
  const card = page.getByRole('group', { name: `Column ${index}` });
  await setText(card, 'Column key', column.key);
  await pick(card.getByRole('combobox', { name: 'Column type' }), column.type);
  await setText(card, 'Column label (English)', column.en);

  return card;
}

describe('building a form in the form builder', () => {
  it('given the expense template, when the process owner builds an office purchase form, then it is published', async ({
    skip,
  }) => {
    guard('builder-1-build', skip);
    await switchUser('sun.hao');

    await page.getByRole('link', { name: 'Flows', exact: true }).click();
    await page.getByRole('button', { name: 'New from template' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'New flow from a template' }));
    await pick(dialog.getByRole('combobox', { name: 'Template' }), 'Expense reimbursement');
    await dialog.getByRole('textbox', { name: 'Flow key' }).fill('office-purchase');
    await dialog.getByRole('textbox', { name: 'Flow name' }).fill('Office purchase');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await visible(page.getByRole('heading', { name: 'Office purchase' }));
    await page.getByRole('tab', { name: 'Form', exact: true }).click();

    // A money field and a line-item table, each dragged from the palette to the list's end.
    await dragFromPalette('Money');
    await valueOf(page.getByRole('textbox', { name: 'Field key' }), 'money');
    await nameField('deposit', 'Deposit', '押金');
    await dragFromPalette('Line-item table');
    await valueOf(page.getByRole('textbox', { name: 'Field key' }), 'table');
    await nameField('goods', 'Goods', '货物');

    // Columns: item (text, made with the table), quantity, unit price, amount = q × p with total.
    const first = page.getByRole('group', { name: 'Column 1' });
    await setText(first, 'Column label (English)', 'Item');
    await addColumn(2, { key: 'quantity', en: 'Quantity', type: 'Number' });
    await addColumn(3, { key: 'unitPrice', en: 'Unit price', type: 'Money' });
    const amount = await addColumn(4, { key: 'amount', en: 'Amount', type: 'Computed' });
    await typeExpression(amount.getByRole('textbox', { name: 'Formula' }), 'quantity * unitPrice');
    await visible(amount.getByText('Checked: no issues'));
    await page.keyboard.press('Enter');
    await amount.getByRole('switch', { name: 'Show the total under the table' }).click();
    await expect
      .poll(() =>
        amount.getByRole('switch', { name: 'Show the total under the table' }).isChecked(),
      )
      .toBe(true);

    // A computed total, its label undone and redone.
    await dragFromPalette('Computed');
    await valueOf(page.getByRole('textbox', { name: 'Field key' }), 'total');
    await nameField('goodsTotal', 'Goods total', '货物合计');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await visible(fieldRow('New field'));
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.getByRole('button', { name: 'Redo' }).click();
    await visible(fieldRow('Goods total'));

    // The formula, typed in Monaco: a typo is marked as it is typed, and once saved (Enter) it
    // is a form issue too; the right formula clears both.
    await fieldRow('Goods total').click();
    const formula = page.getByRole('textbox', { name: 'Formula', exact: true });
    await typeExpression(formula, 'sum(goods.amont)');
    const typo = page.getByRole('alert').filter({ hasText: 'amont' });
    await visible(typo);
    await page.keyboard.press('Enter');
    const formIssues = page.getByRole('region', { name: /^Form issues/ });
    await visible(formIssues.getByRole('button', { name: /Goods total.*amont/ }));
    await typeExpression(formula, 'sum(goods.amount)');
    await visible(page.getByText('Checked: no issues'));
    await page.keyboard.press('Enter');
    await gone(typo);
    await gone(formIssues);

    // The JSON Schema of the values, and the preview in Chinese at phone width.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON Schema' }).click();
    const schema = await download;
    expect(schema.suggestedFilename()).toBe('office-purchase.form.schema.json');
    expect(await readFile(await schema.path(), 'utf8')).toContain('"goodsTotal"');
    await page.getByRole('radiogroup', { name: 'Form view' }).getByText('Preview').click();
    await page.getByRole('radiogroup', { name: 'Preview language' }).getByText('中文').click();
    await page.getByRole('radiogroup', { name: 'Preview width' }).getByText('Phone').click();
    const preview = page.getByRole('region', { name: 'Form preview' });
    await visible(preview.getByText('货物合计', { exact: true }));
    await visible(preview.getByRole('group', { name: '货物' }));

    // The deposit is hidden from the manager.
    await page.getByRole('tab', { name: 'Field permissions' }).click();
    const cell = page.getByRole('combobox', { name: 'Deposit at Manager approval' });
    await pick(cell, 'Hidden');
    await visible(page.getByRole('table').getByTitle('Hidden', { exact: true }));

    await visible(page.getByRole('toolbar').getByText('No issues', { exact: true }));
    await page.getByRole('button', { name: 'Publish' }).click();
    await visible(page.getByText(/Published v\d+/));
  });

  it('given the published form, when the employee adds two lines, then the total follows the typing and the request is submitted', async ({
    skip,
  }) => {
    guard('builder-2-submit', skip);
    await switchUser('chen.jie');

    await page.getByRole('link', { name: 'Start a request' }).click();
    await page.getByRole('link', { name: 'Office purchase', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Office purchase' }));
    await page.getByLabel('Description', { exact: true }).fill('Paper and toner for the office');
    await page.getByLabel('Amount', { exact: true }).fill('875.50');
    await page.getByLabel('Deposit', { exact: true }).fill('100.00');

    const goods = page.getByRole('group', { name: 'Goods' });
    await goods.getByRole('button', { name: 'Add row' }).click();
    await (await visible(goods.getByLabel('Line 1 Item'))).fill('Paper');
    await goods.getByLabel('Line 1 Quantity').fill('10');
    await goods.getByLabel('Line 1 Unit price').fill('25.50');
    // The goods total follows the typing; the table's totals row adds up too.
    const total = page.getByLabel('Goods total', { exact: true });
    await valueOf(total, '255.00');
    await goods.getByRole('button', { name: 'Add row' }).click();
    await (await visible(goods.getByLabel('Line 2 Item'))).fill('Toner');
    await goods.getByLabel('Line 2 Quantity').fill('2');
    await goods.getByLabel('Line 2 Unit price').fill('310.25');
    await valueOf(total, '875.50');
    await visible(goods.getByRole('row', { name: /^Total/ }).getByText(/CN¥875\.50/));

    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForURL(/\/requests\/[^/]+$/, { timeout: UI_TIMEOUT });
    const heading = await visible(page.getByRole('heading', { level: 3, name: /875\.50/ }));
    requestTitle = (await heading.textContent()) ?? '';
    await visible(page.getByText('Waiting for 王芳 (Manager approval)'));
  });

  it('given the request, when the manager opens it, then the total is there and the deposit is not', async ({
    skip,
  }) => {
    guard('builder-3-approver', skip);
    if (!requestTitle) throw new Error('no request was submitted');
    await switchUser('wang.fang');

    await openFromInbox(page, requestTitle, 'Manager approval');
    const total = page.getByRole('row').filter({ hasText: 'Goods total' });
    await visible(total.getByText('CN¥875.50', { exact: true }));
    await visible(page.getByRole('cell', { name: 'Toner', exact: true }));
    expect(await page.getByText('Deposit', { exact: true }).count()).toBe(0);
    expect(await page.getByText('100.00').count()).toBe(0);
    await decide(page, { step: 'Manager approval', comment: 'Fine.' });
  });

  it('given an admin, when a supplier is added and deactivated on the master data page, then the list shows it inactive', async ({
    skip,
  }) => {
    guard('builder-4-master-data', skip);
    await switchUser('zhou.yu');

    await page.getByRole('link', { name: 'Master data', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Master data', exact: true }));
    await page.getByRole('tab', { name: 'Suppliers' }).click();
    await page.getByRole('button', { name: 'Add supplier' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'New entry' }));

    // Nothing typed: every input says what it needs.
    await dialog.getByRole('button', { name: 'Save' }).click();
    expect(await dialog.getByText('Required', { exact: true }).count()).toBe(3);

    await dialog.getByLabel('Code', { exact: true }).fill('S-E2E-01');
    await dialog.getByLabel('Name (Chinese)').fill('华东纸业');
    await dialog.getByLabel('Name (English)').fill('East Paper Co.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await gone(dialog);

    const row = page.getByRole('row').filter({ hasText: 'S-E2E-01' });
    await visible(row.getByText('East Paper Co.'));
    await visible(row.getByText('Active', { exact: true }));
    await row.getByRole('button', { name: 'Deactivate S-E2E-01' }).click();
    await visible(row.getByText('Inactive', { exact: true }));
    await visible(row.getByRole('button', { name: 'Reactivate S-E2E-01' }));
  });
});
