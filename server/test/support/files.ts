import type { FastifyInstance, InjectOptions } from 'fastify';
import type { ApiClient } from './api.ts';

/** An answer of the file routes: status, headers, the body as bytes and as JSON when it is. */
export type FileResponse = {
  readonly status: number;
  readonly headers: Record<string, unknown>;
  readonly bytes: Buffer;
  /** The parsed body of a JSON answer (a stored file, an error), else undefined. */
  readonly json: unknown;
};

/** The Cookie header of a client's jar, for requests sent past its tRPC helpers. */
export function cookieOf(client: ApiClient): string {
  return [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

async function send(app: FastifyInstance, request: InjectOptions): Promise<FileResponse> {
  const response = await app.inject(request);
  const bytes = response.rawPayload;
  const isJson = String(response.headers['content-type'] ?? '').startsWith('application/json');

  return {
    status: response.statusCode,
    headers: response.headers,
    bytes,
    json: isJson ? JSON.parse(bytes.toString('utf8')) : undefined,
  };
}

/**
 * Uploads `bytes` as `name` the way the designer does: POST /api/attachments with the target in
 * the query, the URL-encoded name in X-File-Name and the session cookie of `client`.
 */
export function upload(
  app: FastifyInstance,
  client: ApiClient,
  file: {
    query: Record<string, string>;
    name: string;
    bytes: Buffer;
    headers?: Record<string, string>;
  },
): Promise<FileResponse> {
  const query = new URLSearchParams(file.query).toString();

  return send(app, {
    method: 'POST',
    url: `/api/attachments?${query}`,
    headers: {
      cookie: cookieOf(client),
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
      ...file.headers,
    },
    payload: file.bytes,
  });
}

/** Downloads a stored file as `client` (`inline`: asks to show an image in the page). */
export function download(
  app: FastifyInstance,
  client: ApiClient,
  id: string,
  options: { inline?: boolean } = {},
): Promise<FileResponse> {
  const url = `/api/attachments/${encodeURIComponent(id)}${options.inline ? '?inline=1' : ''}`;

  return send(app, { method: 'GET', url, headers: { cookie: cookieOf(client) } });
}

/** The smallest bytes each recognized type starts with, for sniffing tests. */
export const SAMPLE_FILES = {
  pdf: Buffer.from('%PDF-1.4\n% a receipt for the tests\n'),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  text: Buffer.from('plain notes, nothing special\n'),
} as const;
