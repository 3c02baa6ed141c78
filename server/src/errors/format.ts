import { BatonError, ValidationIssue, type ErrorKind, type Locale } from '@baton/schemas';
import { TRPCError, type TRPC_ERROR_CODE_KEY, type TRPCDefaultErrorShape } from '@trpc/server';
import { isWriteConflict } from '@baton/runtime/storage';
import { z } from 'zod';
import { fail } from '../messages.ts';
import { lookupCode, translate } from './catalogue.ts';
import { schemaIssues } from './issues.ts';

const CODE_BY_KIND: Readonly<Record<ErrorKind, TRPC_ERROR_CODE_KEY>> = {
  user: 'BAD_REQUEST',
  forbidden: 'FORBIDDEN',
  'not-found': 'NOT_FOUND',
  conflict: 'CONFLICT',
  operational: 'SERVICE_UNAVAILABLE',
  bug: 'INTERNAL_SERVER_ERROR',
};

/** Codes whose HTTP meaning is more precise than their kind's. */
const CODE_OVERRIDES: Readonly<Record<string, TRPC_ERROR_CODE_KEY>> = {
  'auth.required': 'UNAUTHORIZED',
  'auth.rate-limited': 'TOO_MANY_REQUESTS',
  'http.json-required': 'UNSUPPORTED_MEDIA_TYPE',
};

/** Baton codes for errors tRPC raises itself (unknown procedure, unparsable body, …). */
const CODE_BY_TRPC: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  PARSE_ERROR: 'input.invalid',
  BAD_REQUEST: 'input.invalid',
  NOT_FOUND: 'server.procedure-not-found',
  UNAUTHORIZED: 'auth.required',
  FORBIDDEN: 'auth.forbidden',
  SERVICE_UNAVAILABLE: 'server.unavailable',
};

/** The tRPC code a Baton error travels with. */
export function trpcCodeFor(error: BatonError): TRPC_ERROR_CODE_KEY {
  return CODE_OVERRIDES[error.code] ?? CODE_BY_KIND[error.kind];
}

// Connection refused or reset, PostgreSQL shutting down or out of connections.
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '53300']);

/** Database failures worth retrying: busy, serialization, unreachable. */
function isOperational(error: unknown): boolean {
  if (isWriteConflict(error)) return true;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';

  return typeof code === 'string' && UNREACHABLE.has(code);
}

/**
 * Turns a BatonError thrown by any package into a TRPCError with the matching HTTP status,
 * keeping the BatonError as its cause for the formatter. A retryable database failure becomes
 * `server.unavailable` (503). Anything else is left alone (and formatted as a bug).
 */
export function toTRPCError(error: TRPCError): TRPCError {
  if (error.code !== 'INTERNAL_SERVER_ERROR') return error;
  const cause = error.cause;
  const baton =
    cause instanceof BatonError
      ? cause
      : isOperational(cause)
        ? fail('server.unavailable', {}, { cause })
        : undefined;
  if (!baton) return error;

  return new TRPCError({ code: trpcCodeFor(baton), message: baton.message, cause: baton });
}

export const BatonErrorData = z.object({
  /** The stable Baton code, e.g. `flow.stale-revision`. */
  code: z.string(),
  httpStatus: z.number(),
  path: z.string().optional(),
  issues: z.array(ValidationIssue).optional(),
  stack: z.string().optional(),
});
export type BatonErrorData = z.infer<typeof BatonErrorData>;

export type BatonErrorShape = Omit<TRPCDefaultErrorShape, 'data'> & { data: BatonErrorData };

type Described = {
  code: string;
  params: Record<string, string | number>;
  issues?: ValidationIssue[];
  /** English text to fall back on when no catalogue knows the code. */
  fallback?: string;
};

function describe(error: TRPCError): Described {
  const cause = error.cause;
  if (cause instanceof BatonError) {
    if (cause.kind === 'bug') return { code: 'server.internal', params: {} };
    const issues = z.array(ValidationIssue).safeParse(cause.issues);

    return {
      code: cause.code,
      params: { ...cause.params },
      fallback: cause.message,
      ...(issues.success ? { issues: issues.data } : {}),
    };
  }
  const issues = error.code === 'BAD_REQUEST' ? schemaIssues(cause) : undefined;
  if (issues) return { code: 'input.invalid', params: {}, issues };

  return { code: CODE_BY_TRPC[error.code] ?? 'server.internal', params: { path: '' } };
}

/**
 * The one error formatter: the message in the caller's language from the catalogue that owns the
 * code, `data.code` the stable Baton code, `data.issues` when there are any. Bugs get a generic
 * message; stacks only leave the server in development.
 */
export function formatError(opts: {
  shape: TRPCDefaultErrorShape;
  error: TRPCError;
  locale: Locale;
  isDev: boolean;
  path: string | undefined;
}): BatonErrorShape {
  const described = describe(opts.error);
  const params = { ...described.params, ...(opts.path ? { path: opts.path } : {}) };
  const known = lookupCode(described.code) !== undefined || described.fallback !== undefined;
  const code = known ? described.code : 'server.internal';
  const message = translate(code, params, opts.locale) ?? described.fallback ?? opts.shape.message;
  const { stack, ...data } = opts.shape.data;

  return {
    ...opts.shape,
    message,
    data: {
      ...data,
      code,
      ...(described.issues ? { issues: described.issues } : {}),
      ...(opts.isDev && stack !== undefined ? { stack } : {}),
    },
  };
}
