import { TRPCClientError } from '@trpc/client';
import type { ValidationIssue } from '@baton/schemas';

/** What the UI shows for a failed call: the server's message (in the user's language), issues. */
export type ApiProblem = {
  readonly message: string;
  /** The stable Baton code, when the server sent one. */
  readonly code: string | undefined;
  readonly status: number | undefined;
  readonly issues: readonly ValidationIssue[];
};

type ErrorData = {
  readonly code: string | undefined;
  readonly httpStatus: number | undefined;
  readonly issues: readonly unknown[] | undefined;
};

/** The `data` of the server's error shape: `{ code, httpStatus, issues? }`, read defensively. */
function readErrorData(data: unknown): ErrorData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  // An object with unknown fields: each one is checked below.
  const record = data as Record<string, unknown>;
  const code = record['batonCode'] ?? record['code'];
  const status = record['httpStatus'];
  const issues = record['issues'];

  return {
    code: typeof code === 'string' ? code : undefined,
    httpStatus: typeof status === 'number' ? status : undefined,
    issues: Array.isArray(issues) ? issues : undefined,
  };
}

function isPathPart(part: unknown): part is string | number {
  return typeof part === 'string' || typeof part === 'number';
}

/**
 * Keeps the items shaped like `ValidationIssue`. Checked by hand rather than with the zod schema
 * so that the shell does not load zod before a page needs it.
 */
function readIssues(items: readonly unknown[] | undefined): ValidationIssue[] {
  return (items ?? []).flatMap((item): ValidationIssue[] => {
    if (typeof item !== 'object' || item === null) return [];
    // An object with unknown fields: each one is checked before it is used.
    const { code, severity, path, message, nodeId, edgeId } = item as Record<string, unknown>;
    const valid =
      typeof code === 'string' &&
      (severity === 'error' || severity === 'warning') &&
      Array.isArray(path) &&
      path.every(isPathPart) &&
      typeof message === 'string';
    if (!valid) return [];

    return [
      {
        code,
        severity,
        path,
        message,
        ...(typeof nodeId === 'string' ? { nodeId } : {}),
        ...(typeof edgeId === 'string' ? { edgeId } : {}),
      },
    ];
  });
}

/**
 * Reads a thrown value into an `ApiProblem`. Only tRPC errors that carry the server's error shape
 * keep their message; anything else (a dropped connection, a proxy's HTML page) becomes the
 * `network` text, and an empty message the `generic` one. Stacks are never shown.
 */
export function readApiProblem(
  error: unknown,
  texts: { readonly generic: string; readonly network: string },
): ApiProblem {
  if (!(error instanceof TRPCClientError)) {
    return { message: texts.generic, code: undefined, status: undefined, issues: [] };
  }
  const data = readErrorData(error.data);
  if (!data || error.shape === undefined) {
    return { message: texts.network, code: undefined, status: undefined, issues: [] };
  }
  const message = error.message.trim() === '' ? texts.generic : error.message;

  return { message, code: data.code, status: data.httpStatus, issues: readIssues(data.issues) };
}

/** True when the server refused the call because nobody is signed in (or the session ended). */
export function isUnauthorized(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const data = readErrorData(error.data);

  return data?.httpStatus === 401 || data?.code === 'auth.required';
}

/** The server's error code of a refused call, if it is one of the server's own errors. */
export function apiErrorCode(error: unknown): string | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;

  return readErrorData(error.data)?.code;
}
