import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { isUnauthorized, readApiProblem } from './errors.ts';

const texts = { generic: '出错了', network: '无法连接服务器' };

/** A tRPC error as the client builds it from the server's error response. */
function serverError(message: string, data: unknown) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

describe('readApiProblem', () => {
  it('given a server error with a code and issues, when read, then message, code, status and issues are kept', () => {
    const issue = {
      code: 'form.required',
      severity: 'error',
      path: ['values', 'amount'],
      message: '必填',
    };
    const error = serverError('表单有误', {
      code: 'form.invalid',
      httpStatus: 400,
      issues: [issue],
    });

    expect(readApiProblem(error, texts)).toEqual({
      message: '表单有误',
      code: 'form.invalid',
      status: 400,
      issues: [issue],
    });
  });

  it('given issues of the wrong shape, when read, then only well-formed issues are kept', () => {
    const good = { code: 'x', severity: 'warning', path: [], message: 'm', nodeId: 'a1', extra: 1 };
    const issues = [null, 'text', { ...good, severity: 'fatal' }, { ...good, path: [{}] }, good];
    const error = serverError('m', { code: 'flow.invalid', httpStatus: 400, issues });

    expect(readApiProblem(error, texts).issues).toEqual([
      { code: 'x', severity: 'warning', path: [], message: 'm', nodeId: 'a1' },
    ]);
  });

  it('given a server error with an empty message, when read, then the generic text is shown', () => {
    const error = serverError('  ', { code: 'server.internal', httpStatus: 500 });

    expect(readApiProblem(error, texts).message).toBe('出错了');
  });

  it('given a tRPC error without the server shape (a proxy page), when read, then the network text is shown', () => {
    const error = TRPCClientError.from(new Error('<html>Bad gateway</html>'));

    expect(readApiProblem(error, texts)).toEqual({
      message: '无法连接服务器',
      code: undefined,
      status: undefined,
      issues: [],
    });
  });

  it('given something that is not a tRPC error, when read, then the generic text is shown and its message hidden', () => {
    expect(readApiProblem(new Error('stack trace here'), texts).message).toBe('出错了');
  });
});

describe('isUnauthorized', () => {
  it('given a 401 or the auth.required code, when checked, then the session is gone', () => {
    expect(isUnauthorized(serverError('m', { code: 'UNAUTHORIZED', httpStatus: 401 }))).toBe(true);
    expect(isUnauthorized(serverError('m', { code: 'auth.required' }))).toBe(true);
  });

  it('given a forbidden call or a plain error, when checked, then the session is not gone', () => {
    expect(isUnauthorized(serverError('m', { code: 'auth.forbidden', httpStatus: 403 }))).toBe(
      false,
    );
    expect(isUnauthorized(new Error('401'))).toBe(false);
  });
});
