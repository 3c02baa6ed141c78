import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** `designer/dist` of this checkout: where `pnpm build` puts the designer. */
export const DEFAULT_DESIGNER_DIR = fileURLToPath(
  new URL('../../../designer/dist', import.meta.url),
);

const NOT_BUILT = [
  'Baton is running, but the designer has not been built yet.',
  'Build it with `npx pnpm@10.34.9 build` in the repository root, then reload this page.',
  'The API is at /trpc and the health check at /healthz.',
].join('\n');

function isPageRequest(request: FastifyRequest, apiPrefixes: readonly string[]): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = request.url.split('?')[0] ?? '';
  if (apiPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    return false;
  }
  // Missing files with an extension (a stale /assets/x.js) get a 404, not the app shell.
  return path.extname(pathname) === '';
}

function notFound(reply: FastifyReply): FastifyReply {
  return reply.code(404).type('application/json').send({ error: 'not found' });
}

/**
 * Serves the built designer: files from `dir`, and `index.html` for any other page GET so the
 * client-side router can take over (API paths excluded). Hashed assets are cached for a year,
 * `index.html` never. Without a build, page requests answer with how to build it.
 */
export async function registerDesigner(
  app: FastifyInstance,
  options: { dir: string; apiPrefixes: readonly string[] },
): Promise<void> {
  if (!existsSync(path.join(options.dir, 'index.html'))) {
    app.setNotFoundHandler((request, reply) =>
      isPageRequest(request, options.apiPrefixes)
        ? reply.code(200).type('text/plain; charset=utf-8').send(NOT_BUILT)
        : notFound(reply),
    );

    return;
  }

  await app.register(fastifyStatic, {
    root: options.dir,
    wildcard: true,
    index: 'index.html',
    setHeaders(reply, file) {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.setNotFoundHandler((request, reply) =>
    isPageRequest(request, options.apiPrefixes)
      ? reply.header('cache-control', 'no-cache').sendFile('index.html')
      : notFound(reply),
  );
}
