import { BatonError, ValidationIssue, type ErrorKind, type Locale } from '@baton/schemas';
import { TRPCError, type TRPC_ERROR_CODE_KEY, type TRPCDefaultErrorShape } from '@trpc/server';
import { isWriteConflict } from '@baton/runtime/storage';
import { z } from 'zod';
import { fail, instanceStatusNames } from '../messages.ts';
import { jsonErrorPosition } from '../input/json-error-position.ts';
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
  'request.method': 'METHOD_NOT_SUPPORTED',
  'request.too-large': 'PAYLOAD_TOO_LARGE',
};

/** Baton codes for errors tRPC raises itself (unknown procedure, unparsable body, …). */
const CODE_BY_TRPC: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  PARSE_ERROR: 'request.malformed',
  BAD_REQUEST: 'request.malformed',
  METHOD_NOT_SUPPORTED: 'request.method',
  PAYLOAD_TOO_LARGE: 'request.too-large',
  UNSUPPORTED_MEDIA_TYPE: 'http.json-required',
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
export function isOperational(error: unknown): boolean {
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
  /** A server bug: the only kind whose stack may reach a client (in development). */
  bug: boolean;
};

/**
 * Where the request's JSON breaks: `request.malformed-json` with the (1-based) character, or
 * `request.truncated-json` when it ends too early. `text` is the JSON the request sent, when
 * known; otherwise V8's own position (which it does not always give) is used.
 */
function jsonSyntaxError(cause: SyntaxError, text: string | undefined): Described {
  const fromMessage = /at position (\d+)/.exec(cause.message)?.[1];
  const fromText = text === undefined ? undefined : jsonErrorPosition(text);
  const position = fromText ?? (fromMessage === undefined ? undefined : Number(fromMessage));
  if (position === undefined || position >= (text?.length ?? Infinity)) {
    return { code: 'request.truncated-json', params: {}, bug: false };
  }

  return { code: 'request.malformed-json', params: { position: position + 1 }, bug: false };
}

function describeBaton(cause: BatonError): Described {
  if (cause.kind === 'bug') return { code: 'server.internal', params: {}, bug: true };
  const issues = z.array(ValidationIssue).safeParse(cause.issues);

  return {
    code: cause.code,
    params: { ...cause.params },
    fallback: cause.message,
    bug: false,
    ...(issues.success ? { issues: issues.data } : {}),
  };
}

type DescribeContext = { locale: Locale; input: unknown; jsonText: string | undefined };

function describe(error: TRPCError, context: DescribeContext): Described {
  const cause = error.cause;
  if (cause instanceof BatonError) return describeBaton(cause);
  if (error.code === 'BAD_REQUEST' || error.code === 'PARSE_ERROR') {
    if (cause instanceof SyntaxError) return jsonSyntaxError(cause, context.jsonText);
    const issues = schemaIssues(cause, context);
    if (issues) return { code: 'input.invalid', params: {}, issues, bug: false };
  }
  const code = CODE_BY_TRPC[error.code];
  if (code === undefined) return { code: 'server.internal', params: {}, bug: true };

  return { code, params: { path: '' }, bug: false };
}

/** A request status in a message reads as the status tags do, in the caller's language. */
export function localizedParams(
  params: Record<string, string | number>,
  locale: Locale,
): Record<string, string | number> {
  const status = params['status'];
  if (typeof status !== 'string' || !Object.hasOwn(instanceStatusNames, status)) return params;
  const names = instanceStatusNames[status as keyof typeof instanceStatusNames];

  return { ...params, status: names[locale] };
}

/**
 * The one error formatter: the message in the caller's language from the catalogue that owns the
 * code, `data.code` the stable Baton code, `data.issues` when there are any. Bugs get a generic
 * message; their stacks leave the server only in development, and no other error's ever does.
 */
export function formatError(opts: {
  shape: TRPCDefaultErrorShape;
  error: TRPCError;
  locale: Locale;
  isDev: boolean;
  path: string | undefined;
  /** The call's raw input, when tRPC read it: tells missing values from wrong ones. */
  input?: unknown;
  /** The JSON text the request sent (body or `?input=`): locates a syntax error. */
  jsonText?: string | undefined;
}): BatonErrorShape {
  const described = describe(opts.error, {
    locale: opts.locale,
    input: opts.input,
    jsonText: opts.jsonText,
  });
  const params = localizedParams(
    { ...described.params, ...(opts.path ? { path: opts.path } : {}) },
    opts.locale,
  );
  const known = lookupCode(described.code) !== undefined || described.fallback !== undefined;
  const code = known ? described.code : 'server.internal';
  const message = translate(code, params, opts.locale) ?? described.fallback ?? opts.shape.message;
  const { stack, ...data } = opts.shape.data;
  const showStack = opts.isDev && (described.bug || !known) && stack !== undefined;

  return {
    ...opts.shape,
    message,
    data: {
      ...data,
      code,
      ...(described.issues ? { issues: described.issues } : {}),
      ...(showStack ? { stack } : {}),
    },
  };
}
