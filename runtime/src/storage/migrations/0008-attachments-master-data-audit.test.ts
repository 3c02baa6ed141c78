import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrate.ts';
import { testDatabases, type TestDatabase } from '../test-databases.ts';
import { migrationProvider } from './index.ts';

const AT = '2026-03-02T09:00:00.000Z';
const BYTES = Buffer.from([0, 1, 2, 254, 255]);

function upload(db: TestDatabase['db'], id: string, owner = 'u') {
  return db
    .insertInto('attachments')
    .values({
      id,
      owner_id: owner,
      instance_id: null,
      field_key: null,
      name: 'a.pdf',
      media_type: 'application/pdf',
      size: BYTES.length,
      sha256: 'h',
      content: BYTES,
      created_at: AT,
    })
    .execute();
}

describe.each(testDatabases())(
  'migration 0008 (attachments, master data, audit) on $name',
  (factory) => {
    let database: TestDatabase;
    let migrator: Migrator;

    beforeAll(async () => {
      database = await factory.open();
      migrator = new Migrator({ db: database.db, provider: migrationProvider });
    });
    afterAll(() => database?.close());

    it('given a database at 0007, when migrated, then the three tables exist and are empty', async () => {
      expect((await migrator.migrateTo('0007-notifications')).error).toBeUndefined();
      await sql`insert into departments (id, name) values ('d', 'D')`.execute(database.db);
      await sql`insert into users (id, username, name, department_id, created_at)
      values ('u', 'u', 'U', 'd', ${AT})`.execute(database.db);

      expect(await migrateToLatest(database.db)).toEqual(['0008-attachments-master-data-audit']);

      for (const table of ['attachments', 'master_data', 'audit_log'] as const)
        expect(await database.db.selectFrom(table).selectAll().execute()).toEqual([]);
    });

    it('keeps the bytes of a file exactly, and refuses an owner or a request that does not exist', async () => {
      await upload(database.db, 'a1');

      const row = await database.db
        .selectFrom('attachments')
        .select(['content', 'size'])
        .where('id', '=', 'a1')
        .executeTakeFirstOrThrow();
      expect(Buffer.from(row.content).equals(BYTES)).toBe(true);
      await expect(upload(database.db, 'a2', 'nobody')).rejects.toThrow();
      await expect(
        database.db
          .updateTable('attachments')
          .set({ instance_id: 'nowhere' })
          .where('id', '=', 'a1')
          .execute(),
      ).rejects.toThrow();
    });

    it('keeps one master-data entry per kind and code, active unless said otherwise', async () => {
      const entry = { name_zh: '研发', name_en: 'R&D', updated_at: AT };
      await database.db
        .insertInto('master_data')
        .values({ kind: 'costCentre', code: 'CC-1', ...entry })
        .execute();
      await database.db
        .insertInto('master_data')
        .values({ kind: 'project', code: 'CC-1', ...entry })
        .execute();

      await expect(
        database.db
          .insertInto('master_data')
          .values({ kind: 'costCentre', code: 'CC-1', ...entry })
          .execute(),
      ).rejects.toThrow();
      const rows = await database.db.selectFrom('master_data').select(['kind', 'active']).execute();
      expect(rows.map((row) => Number(row.active))).toEqual([1, 1]);
    });

    it('rolls back to 0007 and forward again', async () => {
      const down = await migrator.migrateTo('0007-notifications');

      expect(down.error).toBeUndefined();
      for (const table of ['attachments', 'master_data', 'audit_log'])
        await expect(sql`select 1 from ${sql.table(table)}`.execute(database.db)).rejects.toThrow();
      expect(await database.db.selectFrom('users').select('id').execute()).toEqual([{ id: 'u' }]);
      expect(await migrateToLatest(database.db)).toEqual(['0008-attachments-master-data-audit']);
      await upload(database.db, 'a3');
    });
  },
);
