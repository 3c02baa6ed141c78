import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { cookieOf, download, SAMPLE_FILES, upload, type FileResponse } from './support/files.ts';
import { matrixValues, withPermissionMatrix } from './support/permission-form.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { publishExpenseVariant } from './support/variants.ts';

const FLOW = 'receipts';
const TARGET = { flowKey: FLOW, field: 'receipt' };
const MB = 1024 * 1024;

function stored(response: FileResponse) {
  expect(response.status, JSON.stringify(response.json)).toBe(200);

  return response.json as { id: string; name: string; size: number; mediaType: string };
}

describe.each(testDatabases())('attachments over HTTP on $name', (factory) => {
  let server: TestApp;
  let employee: ApiClient;
  let colleague: ApiClient;

  beforeAll(async () => {
    server = await startTestApp(factory);
    await publishExpenseVariant(await server.signedIn('sun.hao'), FLOW, withPermissionMatrix);
    employee = await server.signedIn('chen.jie');
    colleague = await server.signedIn('zhang.wei');
  });
  afterAll(async () => {
    await server?.close();
  });

  const send = (client: ApiClient, name: string, bytes: Buffer, headers?: Record<string, string>) =>
    upload(server.app, client, { query: TARGET, name, bytes, ...(headers ? { headers } : {}) });

  it('stores an upload and gives it back to its uploader only, as a download', async () => {
    const file = stored(await send(employee, '发票 2026(1).pdf', SAMPLE_FILES.pdf));

    const own = await download(server.app, employee, file.id, { inline: true });
    const other = await download(server.app, colleague, file.id);
    const unknown = await download(server.app, colleague, 'att_no_such_file');

    expect(file).toMatchObject({ name: '发票 2026(1).pdf', mediaType: 'application/pdf' });
    expect(own.bytes.equals(SAMPLE_FILES.pdf)).toBe(true);
    expect(own.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': "attachment; filename*=UTF-8''%E5%8F%91%E7%A5%A8%202026%281%29.pdf",
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'cache-control': 'private, no-store',
    });
    expect([other.status, unknown.status]).toEqual([404, 404]);
    expect(other.json).toEqual(unknown.json);
  });

  it('shows an image in the page only when asked', async () => {
    const file = stored(await send(employee, 'scan.png', SAMPLE_FILES.png));

    const inline = await download(server.app, employee, file.id, { inline: true });
    const saved = await download(server.app, employee, file.id);

    expect(inline.headers['content-disposition']).toBe("inline; filename*=UTF-8''scan.png");
    expect(saved.headers['content-disposition']).toBe("attachment; filename*=UTF-8''scan.png");
  });

  it('refuses a file over the field limit, declared or streamed, before storing anything', async () => {
    const big = Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(MB)]);
    const before = await server.database.db.selectFrom('attachments').select('id').execute();

    const declared = await send(employee, 'big.pdf', big);
    const streamed = await server.app.inject({
      method: 'POST',
      url: `/api/attachments?flowKey=${FLOW}&field=receipt`,
      headers: {
        cookie: cookieOf(employee),
        'x-file-name': 'big.pdf',
        'transfer-encoding': 'chunked',
      },
      payload: Readable.from([big.subarray(0, MB / 2), big.subarray(MB / 2)]),
    });

    expect(declared.status).toBe(413);
    expect(declared.json).toMatchObject({ code: 'attachment.too-large' });
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json()).toMatchObject({ code: 'attachment.too-large' });
    const after = await server.database.db.selectFrom('attachments').select('id').execute();
    expect(after).toHaveLength(before.length);
  });

  it('judges the type by the bytes, whatever the name or the Content-Type say', async () => {
    const pngAsPdf = await send(employee, 'receipt.pdf', SAMPLE_FILES.png, {
      'content-type': 'application/pdf',
    });
    const pdfAsText = await send(employee, 'notes.txt', SAMPLE_FILES.pdf);
    const textNotAccepted = await send(employee, 'notes.txt', SAMPLE_FILES.text);
    const scriptAsPng = await send(employee, 'x.png', Buffer.from('<script>alert(1)</script>'));
    const sentAsJson = await send(employee, 'ok.pdf', SAMPLE_FILES.pdf, {
      'content-type': 'application/json',
    });
    const untyped = await server.app.inject({
      method: 'POST',
      url: `/api/attachments?flowKey=${FLOW}&field=receipt`,
      headers: {
        cookie: cookieOf(employee),
        'x-file-name': 'untyped.pdf',
      },
      payload: SAMPLE_FILES.pdf,
    });

    expect([pngAsPdf, pdfAsText, textNotAccepted, scriptAsPng].map((r) => r.status)).toEqual([
      415, 415, 415, 415,
    ]);
    expect(pngAsPdf.json).toMatchObject({
      code: 'attachment.type-mismatch',
      message:
        'The content of receipt.pdf does not match its extension (it is image/png); it was not uploaded.',
    });
    expect(textNotAccepted.json).toMatchObject({ code: 'attachment.not-accepted' });
    expect(scriptAsPng.json).toMatchObject({ code: 'attachment.type-mismatch' });
    expect(stored(sentAsJson).mediaType).toBe('application/pdf');
    expect([untyped.statusCode, untyped.headers['content-type']]).toEqual([
      200,
      expect.stringContaining('json'),
    ]);
  });

  it("answers bad uploads with a clear code in the caller's language", async () => {
    const zh = { 'accept-language': 'zh-CN' };

    const empty = await send(employee, 'empty.pdf', Buffer.alloc(0));
    const noName = await upload(server.app, employee, {
      query: TARGET,
      name: '',
      bytes: SAMPLE_FILES.pdf,
    });
    const badTarget = await upload(server.app, employee, {
      query: { field: 'receipt' },
      name: 'a.pdf',
      bytes: SAMPLE_FILES.pdf,
    });
    const notFileField = await upload(server.app, employee, {
      query: { flowKey: FLOW, field: 'description' },
      name: 'a.pdf',
      bytes: SAMPLE_FILES.pdf,
      headers: zh,
    });
    const foreign = await send(employee, 'a.pdf', SAMPLE_FILES.pdf, {
      origin: 'https://evil.example',
    });
    const signedOut = await upload(server.app, server.client(), {
      query: TARGET,
      name: 'a.pdf',
      bytes: SAMPLE_FILES.pdf,
    });

    expect(
      [empty, noName, badTarget, notFileField, foreign, signedOut].map((r) => [
        r.status,
        (r.json as { code: string }).code,
      ]),
    ).toEqual([
      [400, 'attachment.empty'],
      [400, 'attachment.name-missing'],
      [400, 'attachment.target-invalid'],
      [400, 'attachment.not-file-field'],
      [403, 'http.cross-origin'],
      [401, 'auth.required'],
    ]);
    expect(notFileField.json).toMatchObject({
      message: '表单中没有名为 description 的附件或图片字段。',
    });
  });

  it("refuses someone else's upload in a submission, and keeps a submitted file to those who may read it", async () => {
    const theirs = stored(await send(colleague, 'theirs.pdf', SAMPLE_FILES.pdf));
    const mine = stored(await send(employee, 'mine.pdf', SAMPLE_FILES.pdf));

    const refused = await employee.refusal(() =>
      employee.mutate('instances.start', { flowKey: FLOW, values: matrixValues(theirs.id) }),
    );
    const { id } = await employee.mutate('instances.start', {
      flowKey: FLOW,
      values: matrixValues(mine.id),
    });

    expect(refused).toMatchObject({ status: 400 });
    expect(refused.issues.map((issue) => issue.path)).toEqual([['receipt', 0]]);
    const request = await employee.query('instances.get', { id });
    expect(request.values['receipt']).toEqual([mine]);
    expect((await download(server.app, employee, mine.id)).status).toBe(200);
    expect((await download(server.app, colleague, mine.id)).status).toBe(404);
    expect((await download(server.app, colleague, theirs.id)).status).toBe(200);
  });
});
