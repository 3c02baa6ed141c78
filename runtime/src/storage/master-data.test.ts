import { BatonError } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeMasterCodes,
  listMasterData,
  setMasterDataActive,
  upsertMasterData,
} from './master-data.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';

const NOW = new Date('2026-03-02T09:00:00.000Z');

function entry(code: string, zh: string, en: string, kind = 'costCentre') {
  return { kind, code, name: { 'zh-CN': zh, en } };
}

describe.each(testDatabases())('the master-data store on $name', (factory) => {
  let database: TestDatabase;
  const upsert = (value: unknown) => upsertMasterData(database.db, value, { now: NOW });

  beforeAll(async () => {
    database = await factory.open();
    await upsert(entry('CC-100', '华东销售', 'East Sales'));
    await upsert(entry('CC-200', '财务部', 'Finance'));
    await upsert(entry('CC_3%', '研发中心', 'R&D centre'));
    await upsert(entry('CC-100', '同码项目', 'Same code, other list', 'project'));
  });
  afterAll(() => database?.close());

  it('lists one kind by code, searching code and both names in any case', async () => {
    const codes = async (q?: string) =>
      (await listMasterData(database.db, { kind: 'costCentre', q })).map((e) => e.code);

    expect(await codes()).toEqual(['CC-100', 'CC-200', 'CC_3%']);
    expect(await codes('east')).toEqual(['CC-100']);
    expect(await codes('财务')).toEqual(['CC-200']);
    expect(await codes('cc-2')).toEqual(['CC-200']);
    // `%` and `_` are taken literally, not as wildcards
    expect(await codes('_3%')).toEqual(['CC_3%']);
    expect(await codes('C_')).toEqual(['CC_3%']);
  });

  it('replaces an entry by kind and code and keeps the other lists apart', async () => {
    const replaced = await upsert(entry('CC-200', '财务共享中心', 'Finance shared services'));

    expect(replaced).toEqual({
      kind: 'costCentre',
      code: 'CC-200',
      name: { 'zh-CN': '财务共享中心', en: 'Finance shared services' },
      active: true,
    });
    const projects = await listMasterData(database.db, { kind: 'project' });
    expect(projects.map((e) => e.name.en)).toEqual(['Same code, other list']);
  });

  it('hides deactivated entries unless asked and no longer counts their codes as active', async () => {
    const off = await setMasterDataActive(database.db, {
      kind: 'costCentre',
      code: 'CC-100',
      active: false,
      now: NOW,
    });

    expect(off.active).toBe(false);
    const listed = await listMasterData(database.db, { kind: 'costCentre' });
    expect(listed.map((e) => e.code)).not.toContain('CC-100');
    const all = await listMasterData(database.db, { kind: 'costCentre', includeInactive: true });
    expect(all.find((e) => e.code === 'CC-100')?.active).toBe(false);
    const active = await activeMasterCodes(database.db, 'costCentre', ['CC-100', 'CC-200', 'NONE']);
    expect([...active]).toEqual(['CC-200']);
    expect([...(await activeMasterCodes(database.db, 'project', ['CC-100']))]).toEqual(['CC-100']);
  });

  it('refuses malformed entries and unknown codes, naming what is wrong', async () => {
    const refusal = async (promise: Promise<unknown>) => {
      const error = await promise.catch((reason: unknown) => reason);

      return error instanceof BatonError ? [error.code, error.params] : error;
    };

    expect(await refusal(upsert(entry('', 'x', 'x')))).toEqual([
      'storage.master-data-invalid',
      { field: 'code' },
    ]);
    expect(await refusal(upsert(entry('A\u0007B', 'x', 'x')))).toEqual([
      'storage.master-data-invalid',
      { field: 'code' },
    ]);
    expect(await refusal(upsert(entry('x'.repeat(101), 'x', 'x')))).toEqual([
      'storage.master-data-invalid',
      { field: 'code' },
    ]);
    expect(await refusal(upsert(entry('OK', '  ', 'x')))).toEqual([
      'storage.master-data-invalid',
      { field: 'name.zh-CN' },
    ]);
    expect(await refusal(upsert(entry('OK', 'x', 'x', 'vendor')))).toEqual([
      'storage.master-data-invalid',
      { field: 'kind' },
    ]);
    expect(await refusal(upsert(entry(' CC-900 ', 'x', 'x')))).toEqual([
      'storage.master-data-code-spaces',
      { code: ' CC-900 ' },
    ]);
    expect(await refusal(upsert(entry('cc-200', 'x', 'x')))).toEqual([
      'storage.master-data-case-twin',
      { code: 'cc-200', existing: 'CC-200' },
    ]);
    const missing = setMasterDataActive(database.db, {
      kind: 'supplier',
      code: 'S-1',
      active: true,
      now: NOW,
    });
    expect(await refusal(missing)).toEqual([
      'storage.master-data-not-found',
      { kind: 'supplier', code: 'S-1' },
    ]);
  });
});
