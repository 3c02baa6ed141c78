import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';

describe.each(testDatabases())('master data API on $name', (factory) => {
  let server: TestApp;
  let admin: ApiClient;
  let employee: ApiClient;

  beforeAll(async () => {
    server = await startTestApp(factory);
    admin = await server.signedIn('zhou.yu');
    employee = await server.signedIn('chen.jie');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('offers the seeded active entries to anyone signed in, named in their language', async () => {
    employee.headers = { 'accept-language': 'en' };

    const suppliers = await employee.query('masterData.options', {
      kind: 'supplier',
      q: 'logistics',
    });
    const centres = await employee.query('masterData.options', { kind: 'costCentre' });

    expect(suppliers).toEqual([{ code: 'SUP-003', name: 'Suzhou Hengtong Logistics Co., Ltd.' }]);
    expect(centres.map((entry) => entry.code)).toContain('CC-1001');
    const anonymous = server.client();
    const refused = await anonymous.refusal(() =>
      anonymous.query('masterData.options', { kind: 'project' }),
    );
    expect(refused).toMatchObject({ status: 401, code: 'auth.required' });
  });

  it('lets only admins list, add and deactivate entries', async () => {
    const entry = {
      kind: 'project' as const,
      code: 'PRJ-X',
      name: { 'zh-CN': '试点', en: 'Pilot' },
    };

    const calls = [
      () => employee.query('masterData.list', { kind: 'project' }),
      () => employee.mutate('masterData.upsert', entry),
      () =>
        employee.mutate('masterData.setActive', {
          kind: 'project',
          code: 'PRJ-2026-01',
          active: false,
        }),
    ];
    for (const call of calls)
      expect(await employee.refusal(call)).toMatchObject({ status: 403, code: 'auth.forbidden' });

    expect(await admin.mutate('masterData.upsert', entry)).toEqual({ ...entry, active: true });
    await admin.mutate('masterData.setActive', { kind: 'project', code: 'PRJ-X', active: false });
    const offered = await employee.query('masterData.options', { kind: 'project' });
    const listed = await admin.query('masterData.list', { kind: 'project', includeInactive: true });
    expect(offered.map((option) => option.code)).not.toContain('PRJ-X');
    expect(listed.find((item) => item.code === 'PRJ-X')).toMatchObject({ active: false });
    const [line] = await admin.query('audit.list', { limit: 1 });
    expect(line).toMatchObject({ action: 'masterData.set-active', detail: { code: 'PRJ-X' } });
  });

  it('refuses a malformed entry with the path of each problem and saves nothing', async () => {
    const refused = await admin.refusal(() =>
      admin.mutate('masterData.upsert', {
        kind: 'supplier',
        code: 'SUP\u0007BELL',
        name: { 'zh-CN': '供应商', en: '' },
      }),
    );
    const missing = await admin.refusal(() =>
      admin.mutate('masterData.setActive', { kind: 'supplier', code: 'NOPE', active: true }),
    );

    expect(refused).toMatchObject({ status: 400, code: 'input.invalid' });
    expect(refused.issues.map((issue) => issue.path)).toEqual([['code'], ['name', 'en']]);
    expect(missing).toMatchObject({ status: 404, code: 'storage.master-data-not-found' });
    const suppliers = await admin.query('masterData.list', { kind: 'supplier' });
    expect(suppliers.map((item) => item.code)).toEqual([
      'SUP-001',
      'SUP-002',
      'SUP-003',
      'SUP-004',
    ]);
  });
});
