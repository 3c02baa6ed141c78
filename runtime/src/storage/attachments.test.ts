import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOf } from './action-testing.ts';
import {
  attachmentMeta,
  bindAttachments,
  loadAttachment,
  MAX_ATTACHMENT_BYTES,
  saveAttachment,
} from './attachments.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { createEngine } from './engine.ts';
import { claimValues, managerOnly, publishTestFlow, seedTestOrg } from './testing.ts';
import { StaleWriteError } from './transaction.ts';

const NOW = new Date('2026-03-02T09:00:00.000Z');

describe.each(testDatabases())('the attachment store on $name', (factory) => {
  let database: TestDatabase;
  const save = (name: string, bytes: Uint8Array, mediaType = 'application/pdf') =>
    saveAttachment(database.db, { ownerId: 'chen.jie', name, mediaType, bytes, now: NOW });

  beforeAll(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    await publishTestFlow(database.db, managerOnly);
  });
  afterAll(() => database?.close());

  it('stores an upload unbound and gives back its bytes, name, size and type', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70, 0, 255]);

    const saved = await save('  发票 2026.pdf ', bytes, 'Application/PDF; charset=binary');

    expect(saved).toEqual({
      id: expect.stringMatching(/^att_/),
      name: '发票 2026.pdf',
      size: 6,
      mediaType: 'application/pdf',
    });
    const loaded = await loadAttachment(database.db, saved.id);
    expect(loaded).toMatchObject({ ownerId: 'chen.jie', instanceId: null, fieldKey: null });
    expect([...(loaded?.content ?? [])]).toEqual([...bytes]);
    const row = await database.db
      .selectFrom('attachments')
      .select('sha256')
      .where('id', '=', saved.id)
      .executeTakeFirstOrThrow();
    expect(row.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('refuses names with folders or control characters, bad media types and huge files', async () => {
    const one = new Uint8Array([1]);

    expect(await outcomeOf(save('../etc/passwd', one))).toBe('storage.attachment-name');
    expect(await outcomeOf(save('a\u0000.pdf', one))).toBe('storage.attachment-name');
    expect(await outcomeOf(save('invoice\u202efdp.exe', one))).toBe('storage.attachment-name');
    expect(await outcomeOf(save('   ', one))).toBe('storage.attachment-name');
    expect(await outcomeOf(save('a.pdf', one, 'not a type'))).toBe('storage.attachment-media-type');
    const huge = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    expect(await outcomeOf(save('big.pdf', huge))).toBe('storage.attachment-too-large');
  });

  it('refuses names with invisible marks: Arabic letter mark, zero-width ones, BOM, line breaks', async () => {
    const one = new Uint8Array([1]);
    const marks = ['\u061c', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u2028', '\u2029'];

    const outcomes = await Promise.all(
      marks.map((mark) => outcomeOf(save(`in${mark}voice.pdf`, one))),
    );

    expect(outcomes).toEqual(marks.map(() => 'storage.attachment-name'));
    expect(await outcomeOf(save('发票 (1).pdf', one))).toBe('ok');
  });

  it('answers null for an unknown id and leaves unknown ids out of the metadata', async () => {
    const a = await save('a.pdf', new Uint8Array([1]));
    const b = await save('b.pdf', new Uint8Array([2, 3]));

    expect(await loadAttachment(database.db, 'att_missing')).toBeNull();
    const meta = await attachmentMeta(database.db, [b.id, 'att_missing', a.id, b.id]);
    expect(meta.map((file) => [file.name, file.size])).toEqual([
      ['b.pdf', 2],
      ['a.pdf', 1],
    ]);
  });

  it('binds an upload once: binding one that is already bound is a conflict', async () => {
    const file = await save('c.pdf', new Uint8Array([4]));
    const engine = createEngine(database);
    const start = () =>
      engine.start({ flowKey: 'manager-only', actorId: 'chen.jie', values: claimValues });
    const [one, two] = [await start(), await start()];
    const bindings = [{ id: file.id, fieldKey: 'receipts' }];

    await bindAttachments(database.db, { instanceId: one.id, bindings });

    await expect(bindAttachments(database.db, { instanceId: two.id, bindings })).rejects.toThrow(
      StaleWriteError,
    );
    expect(await loadAttachment(database.db, file.id)).toMatchObject({
      instanceId: one.id,
      fieldKey: 'receipts',
    });
  });
});
