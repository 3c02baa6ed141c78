import { request, type APIRequestContext } from 'playwright-core';
import { DEMO_PASSWORD } from '../e2e/harness.ts';
import { benchForm, benchValues } from './forms-fixture.ts';

/** A tRPC procedure over plain HTTP with one signed-in person's session cookie. */
export type Caller = (procedure: string, input?: unknown) => Promise<unknown>;

/**
 * Calls Baton at `baseUrl` as `username` (signed in with the demo password): queries go as GET,
 * procedures named in `MUTATIONS` as JSON POST. The session lives in `context`'s cookie jar,
 * which may be a browser's (`page.request`), so the browser is signed in too.
 */
export async function callerFor(
  context: APIRequestContext,
  who: { baseUrl: string; username: string },
): Promise<Caller> {
  const call: Caller = async (procedure, input) => {
    const url = `${who.baseUrl}/trpc/${procedure}`;
    const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    const response = MUTATIONS.has(procedure)
      ? await context.post(url, { data: input ?? {} })
      : await context.get(`${url}${query}`);
    const body = (await response.json()) as { result?: { data: unknown } };
    if (!response.ok() || !body.result) {
      throw new Error(`${procedure} failed (${response.status()}): ${JSON.stringify(body)}`);
    }

    return body.result.data;
  };
  await call('auth.login', { username: who.username, password: DEMO_PASSWORD });

  return call;
}

const MUTATIONS = new Set([
  'auth.login',
  'flows.saveDraft',
  'flows.publish',
  'instances.start',
  'tasks.return',
]);

/** Publishes the benchmark's form on the demo expense flow, as the process owner. */
async function publishBenchForm(owner: Caller): Promise<void> {
  const draft = (await owner('flows.get', { key: 'expense' })) as {
    bundle: Record<string, unknown>;
    draftRevision: number;
  };
  const saved = (await owner('flows.saveDraft', {
    key: 'expense',
    bundle: { ...draft.bundle, form: benchForm },
    expectedRevision: draft.draftRevision,
  })) as { draftRevision: number };
  await owner('flows.publish', { key: 'expense', expectedRevision: saved.draftRevision });
}

/**
 * An expense claim with a filled 200-row line-item table, returned by the manager to its
 * initiator (chen.jie), whose request page then shows the claim as an editable form: the form
 * a user types into, already holding its 200 rows. Returns the request's id.
 */
export async function returnedClaim(baseUrl: string): Promise<string> {
  const contexts: APIRequestContext[] = [];
  const signIn = async (username: string) => {
    const context = await request.newContext();
    contexts.push(context);

    return callerFor(context, { baseUrl, username });
  };
  try {
    await publishBenchForm(await signIn('sun.hao'));
    const initiator = await signIn('chen.jie');
    const started = await initiator('instances.start', {
      flowKey: 'expense',
      values: benchValues(),
    });
    const { id } = started as { id: string };
    const manager = await signIn('wang.fang');
    const inbox = (await manager('tasks.inbox')) as { id: string; instanceId: string }[];
    const task = inbox.find((item) => item.instanceId === id);
    if (!task) throw new Error(`the manager has no task for the claim ${id}`);
    await manager('tasks.return', { taskId: task.id, to: 'initiator' });

    return id;
  } finally {
    await Promise.all(contexts.map((context) => context.dispose()));
  }
}
