import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

type ErrorBody = {
  error: { message: string; data: { code: string; httpStatus: number; stack?: string } };
};

// A wrong HTTP method came back as 'server.internal' ("Something went wrong… logged"), and 413 /
// 414 came back in Fastify's own shape, the latter echoing the URL. Each is now a user error in
// the API's translated shape.
describe.each(testDatabases())('malformed HTTP requests on $name', (factory) => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp(factory);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function send(request: {
    method: 'GET' | 'POST';
    url: string;
    body?: string;
    language?: string;
  }) {
    const client = await server.signedIn('sun.hao');
    const response = await client.raw({
      method: request.method,
      url: request.url,
      headers: {
        'content-type': 'application/json',
        'accept-language': request.language ?? 'en',
      },
      ...(request.body === undefined ? {} : { body: request.body }),
    });

    return { status: response.status, ...(response.body as ErrorBody).error };
  }

  it('refuses a wrong HTTP method as request.method, translated', async () => {
    const getMutation = await send({ method: 'GET', url: '/trpc/auth.logout', language: 'zh-CN' });
    const postQuery = await send({ method: 'POST', url: '/trpc/auth.me', body: '{}' });

    expect(getMutation).toMatchObject({ status: 405, data: { code: 'request.method' } });
    expect(getMutation.message).toContain('GET');
    expect(getMutation.message).toMatch(/[\u4e00-\u9fff]/);
    expect(postQuery).toMatchObject({
      status: 405,
      message: 'Wrong HTTP method for this API call: queries use GET, changes use POST.',
      data: { code: 'request.method' },
    });
  });

  it('refuses malformed JSON naming the character where it breaks', async () => {
    const body = await send({
      method: 'POST',
      url: '/trpc/flows.validate',
      body: '{"bundle": x}',
    });
    const query = await send({
      method: 'GET',
      url: `/trpc/flows.get?input=${encodeURIComponent('{"key":"expense",}')}`,
      language: 'zh-CN',
    });
    const truncated = await send({ method: 'POST', url: '/trpc/flows.validate', body: '{"b' });

    expect(body).toMatchObject({
      status: 400,
      message: 'The request is not valid JSON (error at character 12).',
      data: { code: 'request.malformed-json' },
    });
    expect(query).toMatchObject({
      message: '请求内容不是有效的 JSON（出错位置：第 18 个字符）。',
      data: { code: 'request.malformed-json' },
    });
    expect(truncated).toMatchObject({ status: 400, data: { code: 'request.truncated-json' } });
  });

  it('refuses a body over 2 MB with 413 in the API error shape, translated', async () => {
    const huge = JSON.stringify({ bundle: 'x'.repeat(2 * 1024 * 1024) });

    const refused = await send({
      method: 'POST',
      url: '/trpc/flows.validate',
      body: huge,
      language: 'zh-CN',
    });

    expect(refused).toMatchObject({
      status: 413,
      message: '请求内容过大（上限 2 MB）。',
      data: { code: 'request.too-large', httpStatus: 413 },
    });
  });

  it('refuses a URL too long with 414 without echoing it', async () => {
    const path = `secret-${'a'.repeat(5000)}`;

    const refused = await send({ method: 'GET', url: `/trpc/${path}` });

    expect(refused).toMatchObject({
      status: 414,
      message: 'The request URL is too long.',
      data: { code: 'request.url-too-long', httpStatus: 414 },
    });
    expect(JSON.stringify(refused)).not.toContain('secret-');
  });
});
