import { request, type APIRequestContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type RunningBaton } from './harness.ts';
import { story } from './story.ts';
import { signIn, visible } from './ui.ts';

// Issue 5, a finding of the browser attack: an employee fills the start form while a process
// owner publishes a new version. Submitting must not start the request on a form the employee
// never saw; the page shows the new version and keeps what was typed.

let baton: RunningBaton;
let page: Page;
let owner: APIRequestContext | undefined;
const { guard } = story({
  locale: 'en',
  ready(parts) {
    baton = parts.baton;
    page = parts.browser.page;
  },
});

afterAll(async () => {
  await owner?.dispose();
});

/** Calls a tRPC procedure as the process owner, over plain HTTP with their own session. */
async function asOwner(procedure: string, input: unknown, kind: 'query' | 'mutation') {
  owner ??= await request.newContext({
    baseURL: baton.baseUrl,
    extraHTTPHeaders: { origin: baton.baseUrl },
  });
  const url = `/trpc/${procedure}`;
  const response =
    kind === 'query'
      ? await owner.get(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`)
      : await owner.post(url, { data: input, headers: { 'content-type': 'application/json' } });
  const body: unknown = await response.json();
  expect(response.ok(), `${procedure}: ${JSON.stringify(body)}`).toBe(true);

  return (body as { result: { data: unknown } }).result.data;
}

/** Publishes the expense flow again with its description field renamed. */
async function publishRenamedDescription(): Promise<void> {
  await asOwner('auth.login', { username: 'sun.hao', password: DEMO_PASSWORD }, 'mutation');
  const draft = (await asOwner('flows.get', { key: 'expense' }, 'query')) as {
    bundle: { form: { fields: { key: string; label: unknown }[] } };
    draftRevision: number;
  };
  const fields = draft.bundle.form.fields.map((field) =>
    field.key === 'description' ? { ...field, label: 'Purpose' } : field,
  );
  const bundle = { ...draft.bundle, form: { ...draft.bundle.form, fields } };
  const saved = (await asOwner(
    'flows.saveDraft',
    { key: 'expense', bundle, expectedRevision: draft.draftRevision },
    'mutation',
  )) as { draftRevision: number };
  await asOwner(
    'flows.publish',
    { key: 'expense', expectedRevision: saved.draftRevision },
    'mutation',
  );
}

describe('a new version published while the start form is open', () => {
  it('given the employee filled version 1, when version 2 is published and they submit, then version 2 shows with their values', async ({
    skip,
  }) => {
    guard('1-new-version', skip);
    await signIn(page, baton.baseUrl, 'chen.jie');
    await page.getByRole('link', { name: 'Start a request' }).click();
    await page.getByRole('link', { name: 'Expense reimbursement', exact: true }).click();
    await visible(page.getByText('Flow version 1'));
    await page.getByLabel('Description', { exact: true }).fill('Train to Hangzhou');
    await page.getByLabel('Amount', { exact: true }).fill('120.50');

    await publishRenamedDescription();
    await page.getByRole('button', { name: 'Submit' }).click();

    await visible(page.getByText(/version 2 was published meanwhile/).first());
    await visible(page.getByText('Flow version 2'));
    await expect
      .poll(() => page.getByLabel('Purpose', { exact: true }).inputValue())
      .toBe('Train to Hangzhou');
    expect(await page.getByLabel('Amount', { exact: true }).inputValue()).toMatch(/120\.50/);
    expect(page.url()).toMatch(/\/start\/expense$/);
  });
});
