import { Readable } from 'node:stream';
import { saveAttachment } from '@baton/runtime/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scheduler } from '../src/timers/timer-loop.ts';
import type { ApiClient } from './support/api.ts';
import { cookieOf, download, SAMPLE_FILES, upload } from './support/files.ts';
import { matrixValues, withPermissionMatrix } from './support/permission-form.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { publishExpenseVariant } from './support/variants.ts';

const FLOW = 'quota';
const HOUR = 3_600_000;
const MB = 1024 * 1024;

/**
 * An upload body that stays open until `finish`; `started` resolves once the server reads it
 * (its first bytes are made only then, so nothing reads ahead of the server).
 */
function heldBody() {
  let reading!: () => void;
  const started = new Promise<void>((resolve) => (reading = resolve));
  let sent = false;
  const stream = new Readable({
    read() {
      if (sent) return;
      sent = true;
      this.push(SAMPLE_FILES.pdf);
      reading();
    },
  });

  return { stream, started, finish: () => stream.push(null) };
}

// Eight concurrent 49 MB uploads took the server to 869 MB; nothing limited how many files one
// person could leave unsubmitted, and uploads never submitted stayed in the database for good.
describe.each(testDatabases())('upload limits on $name', (factory) => {
  let server: TestApp;
  let employee: ApiClient;
  let colleague: ApiClient;
  let clock = Date.parse('2026-03-02T01:00:00.000Z');
  let pending: (() => Promise<void>) | undefined;
  const scheduleTimers: Scheduler = (pass) => {
    pending = pass;

    return () => {
      pending = undefined;
    };
  };

  beforeAll(async () => {
    server = await startTestApp(factory, {
      now: () => new Date(clock),
      env: { BATON_TIMER_POLL_MS: '1000' },
      scheduleTimers,
    });
    await publishExpenseVariant(await server.signedIn('sun.hao'), FLOW, withPermissionMatrix);
    employee = await server.signedIn('chen.jie');
    colleague = await server.signedIn('zhang.wei');
    for (const client of [employee, colleague]) client.headers = { 'accept-language': 'en' };
  });
  afterAll(async () => {
    await server?.close();
  });

  const send = (client: ApiClient, name = 'receipt.pdf') =>
    upload(server.app, client, {
      query: { flowKey: FLOW, field: 'receipt' },
      name,
      bytes: SAMPLE_FILES.pdf,
      headers: client.headers,
    });

  function sendHeld(client: ApiClient) {
    const body = heldBody();
    const answer = server.app.inject({
      method: 'POST',
      url: `/api/attachments?flowKey=${FLOW}&field=receipt`,
      headers: {
        cookie: cookieOf(client),
        'x-file-name': 'slow.pdf',
        'transfer-encoding': 'chunked',
      },
      payload: body.stream,
    });

    return { ...body, answer };
  }

  async function unboundOf(ownerId: string) {
    return server.database.db
      .selectFrom('attachments')
      .select(['id', 'size'])
      .where('owner_id', '=', ownerId)
      .where('instance_id', 'is', null)
      .execute();
  }

  it('takes two uploads of one person at a time and refuses a third with 429 until one ends', async () => {
    const first = sendHeld(employee);
    const second = sendHeld(employee);
    await Promise.all([first.started, second.started]);

    const third = await send(employee);
    const others = await send(colleague);
    first.finish();
    second.finish();
    const held = await Promise.all([first.answer, second.answer]);
    const after = await send(employee);

    expect(third.status).toBe(429);
    expect(third.json).toEqual({
      code: 'attachment.busy',
      message: 'You already have 2 files uploading. Wait for one to finish, then try again.',
    });
    expect(others.status).toBe(200);
    expect(held.map((answer) => answer.statusCode)).toEqual([200, 200]);
    expect(after.status).toBe(200);
  });

  it('refuses uploads past 100 files or 500 MB not yet submitted, with what to do', async () => {
    // given 100 files of the colleague's waiting to be submitted
    const waiting = (await unboundOf('u-zhang-wei')).length;
    for (let n = waiting; n < 100; n += 1) {
      const file = { ownerId: 'u-zhang-wei', name: `f${n}.pdf`, mediaType: 'application/pdf' };
      await saveAttachment(server.database.db, {
        ...file,
        bytes: SAMPLE_FILES.pdf,
        now: new Date(clock),
      });
    }
    // and 499.9 MB of the employee's
    const { id } = await saveAttachment(server.database.db, {
      ownerId: 'u-chen-jie',
      name: 'huge.pdf',
      mediaType: 'application/pdf',
      bytes: SAMPLE_FILES.pdf,
      now: new Date(clock),
    });
    const unbound = await unboundOf('u-chen-jie');
    const others =
      unbound.reduce((sum, file) => sum + Number(file.size), 0) - SAMPLE_FILES.pdf.length;
    const size = 500 * MB - others - SAMPLE_FILES.pdf.length + 1;
    await server.database.db
      .updateTable('attachments')
      .set({ size })
      .where('id', '=', id)
      .execute();

    const files = await send(colleague);
    const bytes = await send(employee);

    expect(files.status).toBe(429);
    expect(files.json).toMatchObject({
      code: 'attachment.quota-files',
      message:
        'You have 100 uploaded files not yet submitted with a request, the most kept at once. Submit them first: uploads not submitted are deleted after 24 hours.',
    });
    expect(bytes.status).toBe(413);
    expect(bytes.json).toMatchObject({
      code: 'attachment.quota-bytes',
      message:
        'Your uploads not yet submitted with a request take 500 MB; with this file they would pass the limit of 500 MB. Submit them first: uploads not submitted are deleted after 24 hours.',
    });
    expect(await unboundOf('u-chen-jie')).toHaveLength(unbound.length);
  });

  it('deletes uploads nobody submitted within 24 hours on a timer pass, and keeps submitted ones', async () => {
    // li.na, whose uploads no test above counted against her quota
    const uploader = await server.signedIn('li.na');
    const submitted = await send(uploader, 'submitted.pdf');
    const submittedId = (submitted.json as { id: string }).id;
    await uploader.mutate('instances.start', {
      flowKey: FLOW,
      values: matrixValues(submittedId),
    });
    const stale = ((await send(uploader, 'stale.pdf')).json as { id: string }).id;
    clock += 23 * HOUR;
    const later = await server.signedIn('li.na');
    const recent = ((await send(later, 'recent.pdf')).json as { id: string }).id;

    clock += 2 * HOUR;
    const pass = pending;
    pending = undefined;
    await pass?.();

    const left = await server.database.db.selectFrom('attachments').select('id').execute();
    const ids = left.map((row) => row.id);
    expect(pass).toBeDefined();
    expect(ids).toEqual(expect.arrayContaining([submittedId, recent]));
    expect(ids).not.toContain(stale);
    expect(await unboundOf('u-zhang-wei')).toEqual([]);
    expect((await download(server.app, later, stale)).status).toBe(404);
    expect((await download(server.app, later, submittedId)).status).toBe(200);
    const refused = await later.refusal(() =>
      later.mutate('instances.start', { flowKey: FLOW, values: matrixValues(stale) }),
    );
    expect(refused.issues.map((issue) => issue.path)).toEqual([['receipt', 0]]);
  });
});
