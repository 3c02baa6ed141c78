import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

/** JSON text of an object nested `levels` deep, written out (no recursion in the test either). */
function nestedJson(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

/** Sends `body` with the first node's config replaced by `config` (raw JSON text). */
async function sendWithDeepConfig(
  client: ApiClient,
  path: 'flows.saveDraft' | 'flows.validate',
  body: Record<string, unknown>,
  levels: number,
) {
  const text = JSON.stringify(body).replace('"__DEEP__"', nestedJson(levels));

  return client.raw({
    method: 'POST',
    url: `/trpc/${path}`,
    headers: { 'content-type': 'application/json' },
    body: text,
  });
}

// A node config nested 5000 levels crashed JSON.stringify (500); 2500 levels saved and then
// crashed publish. Input nested deeper than 64 levels is now refused before anything runs.
describe.each(testDatabases())('deeply nested input on $name', (factory) => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp(factory);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function draftWithDeepConfig(owner: ApiClient) {
    const loaded = await owner.query('flows.get', { key: 'budget' });
    const [first, ...rest] = loaded.bundle.flow.nodes;
    const nodes = [{ ...first, config: { deep: '__DEEP__' } }, ...rest];

    return { loaded, bundle: { ...loaded.bundle, flow: { ...loaded.bundle.flow, nodes } } };
  }

  it.each([5000, 2500])(
    'refuses a draft whose node config nests %i levels, saving nothing',
    async (levels) => {
      // given the budget draft with a config nested `levels` deep
      const owner = await server.signedIn('sun.hao');
      const { loaded, bundle } = await draftWithDeepConfig(owner);

      // when it is saved
      const response = await sendWithDeepConfig(
        owner,
        'flows.saveDraft',
        { key: 'budget', bundle, expectedRevision: loaded.draftRevision },
        levels,
      );

      // then it is refused with an issue naming where it got too deep, and nothing changed
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        error: {
          data: {
            code: 'input.invalid',
            issues: [{ code: 'input.too-deep', path: expect.arrayContaining(['bundle', 'flow']) }],
          },
        },
      });
      const after = await owner.query('flows.get', { key: 'budget' });
      expect(after.draftRevision).toBe(loaded.draftRevision);
      expect(after.bundle).toEqual(loaded.bundle);
      const publish = await owner.refusal(() =>
        owner.mutate('flows.publish', { key: 'budget', expectedRevision: after.draftRevision }),
      );
      expect(publish.code).toBe('flow.unchanged');
    },
  );

  it('refuses to validate a deeply nested bundle, naming the path', async () => {
    const owner = await server.signedIn('sun.hao');
    const { bundle } = await draftWithDeepConfig(owner);

    const response = await sendWithDeepConfig(owner, 'flows.validate', { bundle }, 5000);

    expect(response.status).toBe(400);
    const body = response.body as { error: { data: { issues: Array<{ path: unknown[] }> } } };
    const [issue] = body.error.data.issues;
    expect(issue?.path.slice(0, 7)).toEqual(['bundle', 'flow', 'nodes', 0, 'config', 'deep', 'a']);
    expect(issue?.path).toHaveLength(64);
  });

  it('accepts input nested right up to the limit', async () => {
    const owner = await server.signedIn('sun.hao');
    const { bundle } = await draftWithDeepConfig(owner);

    // {bundle:{flow:{nodes:[{config:{deep: …}}]}}} is 6 levels before the nested value.
    const response = await sendWithDeepConfig(owner, 'flows.validate', { bundle }, 64 - 6);

    expect(response.status).toBe(200);
  });
});
