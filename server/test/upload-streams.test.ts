import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieOf, SAMPLE_FILES } from './support/files.ts';
import { withPermissionMatrix } from './support/permission-form.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { publishExpenseVariant } from './support/variants.ts';

const FLOW = 'streamed';
const KB = 1024;

type Answer = { readonly text: string; readonly error?: string | undefined };

/**
 * Sends `chunks` chunks of 256 KB (a PDF) as a chunked upload over a plain socket, as a simple
 * client does: it reads the answer only once it has sent the whole body.
 */
function streamUpload(target: { port: number; cookie: string }, chunks: number): Promise<Answer> {
  return new Promise((resolve) => {
    const socket = connect(target.port, '127.0.0.1');
    const received: Buffer[] = [];
    let error: string | undefined;
    socket.pause();
    socket.on('data', (data: Buffer) => received.push(data));
    socket.on('error', (failure: NodeJS.ErrnoException) => (error ??= failure.code));
    socket.on('close', () => resolve({ text: Buffer.concat(received).toString('utf8'), error }));
    socket.write(
      [
        `POST /api/attachments?flowKey=${FLOW}&field=receipt HTTP/1.1`,
        `Host: 127.0.0.1:${target.port}`,
        `Cookie: ${target.cookie}`,
        'X-File-Name: big.pdf',
        'Content-Type: application/octet-stream',
        'Transfer-Encoding: chunked',
        'Connection: close',
        '',
        '',
      ].join('\r\n'),
    );
    const chunk = Buffer.concat([
      SAMPLE_FILES.pdf,
      Buffer.alloc(256 * KB - SAMPLE_FILES.pdf.length),
    ]);
    for (let sent = 0; sent < chunks; sent += 1)
      socket.write(Buffer.concat([Buffer.from('40000\r\n'), chunk, Buffer.from('\r\n')]));
    socket.write('0\r\n\r\n', () => setTimeout(() => socket.resume(), 100));
  });
}

/** The status and JSON body of a raw HTTP answer. */
function parsed(answer: Answer): { status: number; body: unknown } {
  const [head = '', body = ''] = answer.text.split('\r\n\r\n');
  const status = Number(head.split(' ')[1]);

  return { status, body: body === '' ? undefined : JSON.parse(body) };
}

// A 60 MB chunked upload to a 50 MB field got a connection reset instead of a 413: the server
// stopped reading at the limit and closed the socket while the client was still sending.
describe.each(testDatabases())('streamed uploads over a socket on $name', (factory) => {
  let server: TestApp;
  let target: { port: number; cookie: string };

  beforeAll(async () => {
    server = await startTestApp(factory);
    await publishExpenseVariant(await server.signedIn('sun.hao'), FLOW, withPermissionMatrix);
    // Signed in through `inject` (Host localhost:80) before listening binds another port.
    const cookie = cookieOf(await server.signedIn('chen.jie'));
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = server.app.server.address() as AddressInfo;
    target = { port, cookie };
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a chunked upload past the field limit with a 413 the client can read', async () => {
    const answer = await streamUpload(target, 80);

    expect(answer.error).toBeUndefined();
    expect(parsed(answer)).toMatchObject({ status: 413, body: { code: 'attachment.too-large' } });
  });

  it('still takes a chunked upload within the limit on the same server', async () => {
    const answer = await streamUpload(target, 2);

    expect(answer.error).toBeUndefined();
    expect(parsed(answer)).toMatchObject({
      status: 200,
      body: { name: 'big.pdf', size: 2 * 256 * KB },
    });
  });
});
