import { loadAttachment, type StoredAttachment } from '@baton/runtime/storage';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SessionUser } from '../auth/user.ts';
import { canRead } from '../instances/detail.ts';
import { readsField, viewerAccess } from '../instances/viewer-access.ts';
import { fail } from '../messages.ts';
import type { UploadDeps } from './attachment-target.ts';
import { sessionUser } from './file-session.ts';

const DownloadParams = z.object({ id: z.string().min(1).max(200) });
const DownloadQuery = z.object({ inline: z.string().optional() });

/** Images a browser may show in the page (`?inline=1`); anything else is always downloaded. */
const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * Who may download a file: its uploader while it belongs to no request; once submitted,
 * whoever may read the request and for whom its field is not hidden.
 */
async function mayDownload(
  deps: UploadDeps,
  user: SessionUser,
  file: StoredAttachment,
): Promise<boolean> {
  if (file.instanceId === null) return file.ownerId === user.id;
  const detail = await deps.engine.getInstance(file.instanceId);
  if (!detail || !canRead(detail, user) || file.fieldKey === null) return false;

  return readsField(viewerAccess(detail, user), file.fieldKey);
}

/** `filename*` per RFC 5987/6266: UTF-8, percent-encoded, so any name survives the header. */
function dispositionName(name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

  return `UTF-8''${encoded}`;
}

/**
 * `GET /api/attachments/:id`: the file for someone who may have it (see `mayDownload`), else
 * `attachment.not-found` whether or not it exists. Always a download, except images with
 * `?inline=1`; never sniffed, never run (a sandbox CSP), never cached.
 */
export async function downloadAttachment(
  deps: UploadDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const user = await sessionUser(deps, request);
  const params = DownloadParams.safeParse(request.params);
  const file = params.success ? await loadAttachment(deps.db, params.data.id) : null;
  if (!file || !(await mayDownload(deps, user, file))) throw fail('attachment.not-found');
  const query = DownloadQuery.safeParse(request.query);
  const inline = query.success && query.data.inline === '1' && INLINE_TYPES.has(file.mediaType);

  return reply
    .header('content-type', file.mediaType)
    .header(
      'content-disposition',
      `${inline ? 'inline' : 'attachment'}; filename*=${dispositionName(file.name)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(file.content));
}
