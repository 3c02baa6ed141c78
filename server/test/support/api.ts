import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD } from '@baton/templates';
import type { AppRouter } from '../../src/router.ts';

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;
type Group = keyof Inputs & string;

/** Every procedure path, e.g. `flows.saveDraft`. */
export type ProcedurePath = {
  [G in Group]: `${G}.${keyof Inputs[G] & string}`;
}[Group];

export type InputOf<P extends ProcedurePath> = P extends `${infer G}.${infer N}`
  ? G extends Group
    ? N extends keyof Inputs[G]
      ? Inputs[G][N]
      : never
    : never
  : never;

export type OutputOf<P extends ProcedurePath> = P extends `${infer G}.${infer N}`
  ? G extends Group
    ? N extends keyof Outputs[G]
      ? Outputs[G][N]
      : never
    : never
  : never;

/** A refused call as the client sees it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly issues: ReadonlyArray<{
      code: string;
      severity: string;
      path: unknown[];
      message: string;
    }>,
    message: string,
  ) {
    super(message);
  }
}

type RawResponse = { status: number; body: unknown; headers: Record<string, unknown> };

/**
 * A browser-like client of the tRPC API over `app.inject`: plain JSON requests in tRPC's wire
 * format (GET with `?input=` for queries, POST with a JSON body for mutations), with a cookie jar.
 */
export class ApiClient {
  readonly cookies = new Map<string, string>();
  headers: Record<string, string> = {};
  /** The client's IP address as the server sees it (inject's default is 127.0.0.1). */
  remoteAddress: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async query<P extends ProcedurePath>(path: P, input?: InputOf<P>): Promise<OutputOf<P>> {
    const url =
      input === undefined
        ? `/trpc/${path}`
        : `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;

    return this.unwrap<OutputOf<P>>(await this.raw({ method: 'GET', url }));
  }

  async mutate<P extends ProcedurePath>(path: P, input?: InputOf<P>): Promise<OutputOf<P>> {
    const response = await this.raw({
      method: 'POST',
      url: `/trpc/${path}`,
      headers: { 'content-type': 'application/json' },
      body: input === undefined ? '' : JSON.stringify(input),
    });

    return this.unwrap<OutputOf<P>>(response);
  }

  /** The error a call is refused with; fails the test when the call succeeds. */
  async refusal(call: () => Promise<unknown>): Promise<ApiError> {
    try {
      await call();
    } catch (error) {
      if (error instanceof ApiError) return error;
      throw error;
    }
    throw new Error('expected the call to be refused, but it succeeded');
  }

  async login(username: string, password: string = DEMO_PASSWORD) {
    return this.mutate('auth.login', { username, password });
  }

  async raw(request: {
    method: 'GET' | 'POST' | 'PUT';
    url: string;
    headers?: Record<string, string>;
    body?: string;
  }): Promise<RawResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({
      method: request.method,
      url: request.url,
      headers: { ...this.headers, ...(cookie ? { cookie } : {}), ...request.headers },
      ...(request.body === undefined ? {} : { payload: request.body }),
      ...(this.remoteAddress === undefined ? {} : { remoteAddress: this.remoteAddress }),
    });
    for (const set of response.cookies) {
      const expired = set.expires instanceof Date && set.expires.getTime() <= Date.now();
      if (set.value === '' || expired) this.cookies.delete(set.name);
      else this.cookies.set(set.name, set.value);
    }

    return { status: response.statusCode, body: response.json(), headers: response.headers };
  }

  private unwrap<T>(response: RawResponse): T {
    const body = response.body as { result?: { data: T }; error?: ErrorBody };
    if (body.result) return body.result.data;
    const error = body.error;
    if (!error) throw new Error(`unexpected response ${response.status}: ${JSON.stringify(body)}`);

    throw new ApiError(response.status, error.data.code, error.data.issues ?? [], error.message);
  }
}

type ErrorBody = {
  message: string;
  data: { code: string; issues?: ApiError['issues'] };
};
