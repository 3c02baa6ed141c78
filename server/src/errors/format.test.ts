import { BatonError } from '@baton/schemas';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { runtimeError } from '@baton/runtime';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { formatError, toTRPCError } from './format.ts';

/** What tRPC hands the formatter for an error thrown inside a procedure. */
function thrown(cause: unknown): TRPCError {
  const wrapped =
    cause instanceof TRPCError ? cause : new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause });

  return toTRPCError(wrapped);
}

function format(error: TRPCError, locale: 'en' | 'zh-CN' = 'en', isDev = false) {
  return formatError({
    shape: {
      message: error.message,
      code: TRPC_ERROR_CODES_BY_KEY[error.code],
      data: { code: error.code, httpStatus: getHTTPStatusCodeFromError(error), stack: 'at x' },
    },
    error,
    locale,
    isDev,
    path: 'flows.publish',
  });
}

const baton = (code: string, kind: BatonError['kind'], params = {}) =>
  new BatonError({ code, kind, message: `english ${code}`, params });

describe('error formatting', () => {
  it('maps each kind to its tRPC code and HTTP status', () => {
    const cases = [
      ['flow.exists', 'conflict', 'CONFLICT', 409],
      ['flow.not-found', 'not-found', 'NOT_FOUND', 404],
      ['auth.forbidden', 'forbidden', 'FORBIDDEN', 403],
      ['flow.unchanged', 'user', 'BAD_REQUEST', 400],
      ['server.unavailable', 'operational', 'SERVICE_UNAVAILABLE', 503],
      ['auth.required', 'user', 'UNAUTHORIZED', 401],
      ['auth.rate-limited', 'user', 'TOO_MANY_REQUESTS', 429],
    ] as const;
    for (const [code, kind, trpcCode, status] of cases) {
      const error = thrown(baton(code, kind));
      expect([error.code, getHTTPStatusCodeFromError(error)], code).toEqual([trpcCode, status]);
    }
  });

  it('translates the message from the owning catalogue and keeps the Baton code', () => {
    const error = thrown(baton('flow.not-found', 'not-found', { key: 'expense' }));

    expect(format(error, 'zh-CN')).toMatchObject({
      message: '流程 expense 不存在。',
      data: { code: 'flow.not-found', httpStatus: 404 },
    });
  });

  it('hides a bug behind a generic message and strips the stack outside development', () => {
    const fromBug = format(thrown(baton('flow.no-start', 'bug')));
    const fromCrash = format(thrown(new Error('db password is hunter2')));

    for (const shape of [fromBug, fromCrash]) {
      expect(shape.data.code).toBe('server.internal');
      expect(shape.message).toMatch(/^Something went wrong on the server/);
      expect(shape.data).not.toHaveProperty('stack');
    }
    expect(format(thrown(new Error('x')), 'en', true).data.stack).toBe('at x');
  });

  it('never sends the stack of an expected refusal, even in development', () => {
    const kinds = ['user', 'forbidden', 'not-found', 'conflict', 'operational'] as const;
    const expected = kinds.map((kind) => thrown(baton('flow.exists', kind)));
    const fromTRPC = [
      new TRPCError({ code: 'METHOD_NOT_SUPPORTED', message: 'Unsupported GET-request' }),
      new TRPCError({ code: 'NOT_FOUND', message: 'No procedure' }),
      new TRPCError({ code: 'BAD_REQUEST', cause: new SyntaxError('Unexpected end of JSON') }),
    ];

    for (const error of [...expected, ...fromTRPC]) {
      expect(format(error, 'en', true).data, error.message).not.toHaveProperty('stack');
    }
    expect(format(thrown(baton('flow.no-start', 'bug')), 'en', true).data.stack).toBe('at x');
  });

  it('names a request status in the caller language', () => {
    const error = thrown(
      baton('instance.not-running', 'conflict', { instanceId: 'i1', status: 'completed' }),
    );

    expect(format(error, 'zh-CN').message).toBe('申请 i1 当前不在审批中（状态：已通过）');
    expect(format(error, 'en').message).toBe('Request i1 is not in progress (status: approved)');
  });

  it('locates a JSON syntax error from the text sent, or says it ends too early', () => {
    const error = new TRPCError({
      code: 'BAD_REQUEST',
      cause: new SyntaxError('Unexpected token'),
    });
    const located = (jsonText: string) => {
      const shape = formatError({
        shape: { message: '', code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400 } },
        error,
        locale: 'en',
        isDev: false,
        path: 'flows.validate',
        jsonText,
      });

      return [shape.data.code, shape.message];
    };

    expect(located('{"a": tru}')).toEqual([
      'request.malformed-json',
      'The request is not valid JSON (error at character 7).',
    ]);
    expect(located('[1, 2')).toEqual([
      'request.truncated-json',
      'The request is not valid JSON: it ends too early.',
    ]);
  });

  it('reports a busy or unreachable database as retryable', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const down = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

    for (const cause of [busy, down]) {
      const error = thrown(cause);
      expect(error.code).toBe('SERVICE_UNAVAILABLE');
      expect(format(error).data.code).toBe('server.unavailable');
    }
  });

  it('turns zod input errors into input.invalid with issues', () => {
    const parsed = z.object({ taskId: z.string().min(1) }).safeParse({ taskId: '' });
    const error = new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });

    expect(format(error)).toMatchObject({
      message: 'The input is not valid. Please check the marked problems.',
      data: {
        code: 'input.invalid',
        issues: [{ code: 'input.too_small', severity: 'error', path: ['taskId'] }],
      },
    });
  });

  it('passes the issues of a BatonError on', () => {
    const issue = {
      code: 'approval.no-approvers',
      severity: 'error',
      path: ['flow'],
      message: 'm',
    };
    const error = thrown(
      new BatonError({ code: 'input.invalid', kind: 'user', message: 'x', issues: [issue] }),
    );

    expect(format(error).data.issues).toEqual([issue]);
  });

  it('gives the approver refusals of the runtime as user errors in the caller language', () => {
    const step = { nodeId: 'manager', stepZh: '经理审批', stepEn: 'Manager approval' };
    const reason = { reasonZh: '王芳 已停用', reasonEn: 'wang.fang is disabled' };
    const refusals = [
      runtimeError('approval.pick-required', {
        ...step,
        by: 'initiator',
        whoZh: '发起人',
        whoEn: 'the initiator',
      }),
      runtimeError('approval.pick-invalid', { ...step, ...reason }),
      runtimeError('approval.refused-nobody', { ...step, ...reason }),
      runtimeError('approval.too-few-approvers', { needed: 3, found: 2 }),
    ];

    for (const refusal of refusals) {
      const error = thrown(refusal);
      const en = format(error, 'en');
      const zh = format(error, 'zh-CN');
      expect([error.code, en.data.httpStatus, en.data.code], refusal.code).toEqual([
        'BAD_REQUEST',
        400,
        refusal.code,
      ]);
      expect(en.message, refusal.code).not.toMatch(/\{\w+\}/);
      expect(zh.message, refusal.code).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.message, refusal.code).not.toMatch(/\{\w+\}/);
    }
  });
});
