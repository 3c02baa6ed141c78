import { Transform, type Readable } from 'node:stream';
import { acceptedExtensions, acceptsFile, MAX_FILE_MB } from '@baton/schemas';
import { saveAttachment } from '@baton/runtime/storage';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SessionUser } from '../auth/user.ts';
import { fail } from '../messages.ts';
import { uploadTarget, UploadQuery, type FileField, type UploadDeps } from './attachment-target.ts';
import { isCrossOrigin } from './csrf.ts';
import { downloadAttachment } from './file-download.ts';
import { sessionUser } from './file-session.ts';
import { replyWithFileError } from './file-errors.ts';
import { checkContent } from './file-sniff.ts';
import { requestLocale } from './trpc-error-reply.ts';
import { checkPendingQuota, uploadSlots } from './upload-limits.ts';

/** Where files are uploaded (POST) and downloaded (GET `/:id`). */
export const ATTACHMENTS_ROUTE = '/api/attachments';

const MB = 1024 * 1024;
/** No upload is kept past this, whatever a field says (a field allows at most `MAX_FILE_MB`). */
const HARD_CAP_BYTES = MAX_FILE_MB * MB;

/** What the checks before the body found: who uploads what to which field. */
type UploadPlan = { readonly user: SessionUser; readonly field: FileField; readonly name: string };

/** The file name from `X-File-Name` (URL-encoded, so any language travels in a header). */
function fileName(header: string | string[] | undefined): string {
  if (typeof header !== 'string' || header === '') throw fail('attachment.name-missing');
  try {
    return decodeURIComponent(header);
  } catch {
    // A malformed escape: the header does not hold a name.
    throw fail('attachment.name-missing');
  }
}

/**
 * Everything decided before the body is read: the session, the Origin (as for API mutations),
 * the name, the target field and the writer's right to add files to it (see `uploadTarget`),
 * a declared size within the field's limit and the uploader's quota (see `checkPendingQuota`).
 * A refused upload is never stored.
 */
async function planUpload(deps: UploadDeps, request: FastifyRequest): Promise<UploadPlan> {
  const user = await sessionUser(deps, request);
  if (isCrossOrigin(request)) throw fail('http.cross-origin');
  const name = fileName(request.headers['x-file-name']);
  const query = UploadQuery.safeParse(request.query);
  if (!query.success) throw fail('attachment.target-invalid');
  const field = await uploadTarget(deps, { user, locale: requestLocale(request) }, query.data);
  const declared = Number(request.headers['content-length']);
  if (declared > field.validation.maxSizeMb * MB) throw tooLarge(field, name);
  await checkPendingQuota(deps.db, { userId: user.id, incoming: declared || 0 });

  return { user, field, name };
}

function tooLarge(field: FileField, name: string) {
  return fail('attachment.too-large', { name, max: field.validation.maxSizeMb });
}

/** The body, cut off with `attachment.too-large` once it passes the field's limit. */
function capped(payload: Readable, plan: UploadPlan): Transform {
  const limit = plan.field.validation.maxSizeMb * MB;
  let received = 0;

  return payload.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        if (received > limit) done(tooLarge(plan.field, plan.name));
        else done(null, chunk);
      },
    }),
  );
}

/** Stores the body as the planned file once its bytes match its name and the field's limits. */
async function store(deps: UploadDeps, plan: UploadPlan, body: unknown) {
  const { field, name } = plan;
  const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
  if (bytes.length === 0) throw fail('attachment.empty', { name });
  const content = checkContent(name, bytes);
  if (!content.ok) throw fail('attachment.type-mismatch', { name, actual: content.actual });
  const refused = acceptsFile(field, name, content.mediaType, bytes.length);
  if (refused === 'form.file.too-large') throw tooLarge(field, name);
  if (refused === 'form.file.not-accepted') {
    throw fail('attachment.not-accepted', { name, accept: acceptedExtensions(field).join(', ') });
  }
  await checkPendingQuota(deps.db, { userId: plan.user.id, incoming: bytes.length });
  const file = { ownerId: plan.user.id, name, mediaType: content.mediaType, bytes };

  return saveAttachment(deps.db, { ...file, now: deps.now() });
}

/**
 * The file routes, in a scope of their own so that only they read raw bodies:
 * - `POST /api/attachments?flowKey=&field=` (a new request) or `?instanceId=&field=` (an
 *   approver's edit, a resubmission): the raw file as the body, its name in `X-File-Name`; the
 *   session cookie and, from a browser, this site's Origin; answers `{ id, name, size, mediaType }`.
 *   The custom header also keeps HTML forms of other sites out (they cannot set it). Within
 *   `UPLOAD_LIMITS`: uploads at once, per person and per process, and uploads kept unsubmitted.
 * - `GET /api/attachments/:id` (see `downloadAttachment`).
 * Errors are `{ code, message, issues? }` (see `replyWithFileError`).
 */
export async function registerAttachments(app: FastifyInstance, deps: UploadDeps): Promise<void> {
  const plans = new WeakMap<FastifyRequest, UploadPlan>();
  const slots = uploadSlots();
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    scope.setErrorHandler(replyWithFileError);
    scope.post(ATTACHMENTS_ROUTE, {
      bodyLimit: HARD_CAP_BYTES,
      preParsing: async (request, reply, payload) => {
        const plan = await planUpload(deps, request);
        const release = slots.take(plan.user.id);
        reply.raw.once('finish', release).once('close', release);
        plans.set(request, plan);

        return capped(payload, plan);
      },
      handler: async (request) => {
        const plan = plans.get(request);
        if (!plan) throw new Error('upload without a plan');
        const saved = await store(deps, plan, request.body);
        request.log.info({ attachmentId: saved.id, size: saved.size }, 'file uploaded');

        return saved;
      },
    });
    scope.get(`${ATTACHMENTS_ROUTE}/:id`, (request, reply) =>
      downloadAttachment(deps, request, reply),
    );
  });
}
