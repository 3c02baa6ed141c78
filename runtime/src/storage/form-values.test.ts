import { BatonError } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTaskOf } from './action-testing.ts';
import { loadAttachment, saveAttachment } from './attachments.ts';
import { createEngine, type Engine } from './engine.ts';
import { claim, claimFlow, refusalOf } from './form-testing.ts';
import { setMasterDataActive, upsertMasterData } from './master-data.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { managerOnly, publishTestFlow, seedTestOrg } from './testing.ts';

const NOW = new Date('2026-03-02T09:00:00.000Z');

/** The codes and paths of the issues a command was refused with. */
async function issuesOf(promise: Promise<unknown>): Promise<unknown[]> {
  const error = await refusalOf(promise);
  expect(error.code).toBe('storage.form-invalid');

  return (error.issues ?? []).map((issue) => {
    const { code, path } = issue as { code: string; path: unknown[] };

    return [code, ...path];
  });
}

describe.each(testDatabases())(
  'files, master data and references in values on $name',
  (factory) => {
    let database: TestDatabase;
    let engine: Engine;

    beforeAll(async () => {
      database = await factory.open();
      await seedTestOrg(database.db);
      await publishTestFlow(database.db, claimFlow);
      await publishTestFlow(database.db, managerOnly);
      for (const [code, active] of [
        ['CC-1', true],
        ['CC-2', false],
      ] as const) {
        const name = { 'zh-CN': code, en: code };
        await upsertMasterData(
          database.db,
          { kind: 'costCentre', code, name, active },
          { now: NOW },
        );
      }
      engine = createEngine(database);
    });
    afterAll(() => database?.close());

    const upload = (ownerId: string, name: string, size = 10, mediaType = 'application/pdf') =>
      saveAttachment(database.db, {
        ownerId,
        name,
        mediaType,
        bytes: new Uint8Array(size),
        now: NOW,
      });
    const start = (values: Record<string, unknown>, actorId = 'chen.jie', canReadAll = false) =>
      engine.start({ flowKey: 'form-claim', actorId, values: { ...claim, ...values }, canReadAll });
    const boundTo = async (id: string) => {
      const file = await loadAttachment(database.db, id);

      return [file?.instanceId, file?.fieldKey];
    };

    describe('attachments', () => {
      it('binds the initiator own uploads to the request, with what was stored', async () => {
        const receipt = await upload('chen.jie', 'taxi.pdf', 2048);
        const photo = await upload('chen.jie', 'dinner.png', 30, 'image/png');

        const started = await start({ receipts: [receipt.id], photo: [{ id: photo.id }] });

        expect(started.state.values['receipts']).toEqual([
          { id: receipt.id, name: 'taxi.pdf', size: 2048, mediaType: 'application/pdf' },
        ]);
        expect(started.state.values['photo']).toEqual([
          { id: photo.id, name: 'dinner.png', size: 30, mediaType: 'image/png' },
        ]);
        expect(await boundTo(receipt.id)).toEqual([started.id, 'receipts']);
        expect(await boundTo(photo.id)).toEqual([started.id, 'photo']);
      });

      it('refuses someone else upload and an unknown id alike, binding nothing', async () => {
        const theirs = await upload('wang.fang', 'hers.pdf');
        const mine = await upload('chen.jie', 'mine.pdf');

        const issues = await issuesOf(
          start({ receipts: [mine.id, theirs.id], photo: ['att_nowhere'] }),
        );

        expect(issues).toEqual([
          ['form.attachment.unavailable', 'receipts', 1],
          ['form.attachment.unavailable', 'photo', 0],
        ]);
        expect(await boundTo(mine.id)).toEqual([null, null]);
        expect(await boundTo(theirs.id)).toEqual([null, null]);
      });

      it('refuses a list over the field limit without looking up its ids', async () => {
        // given 5,000 made-up ids in a field that takes two files
        const ids = Array.from({ length: 5000 }, (_, index) => `att_${index}`);

        // then the one issue is the count, not one per id
        expect(await issuesOf(start({ receipts: ids }))).toEqual([
          ['form.value.too-many-files', 'receipts'],
        ]);
      });

      it('refuses an upload already bound to another request, or put in two fields', async () => {
        const file = await upload('chen.jie', 'once.png', 10, 'image/png');
        const first = await start({ receipts: [file.id] });

        const again = await issuesOf(start({ receipts: [file.id] }));
        const both = await issuesOf(start({ receipts: [], photo: [file.id] }));
        const fresh = await upload('chen.jie', 'twice.png', 10, 'image/png');
        const twoFields = await issuesOf(start({ receipts: [fresh.id], photo: [fresh.id] }));

        expect(again).toEqual([['form.attachment.unavailable', 'receipts', 0]]);
        expect(both).toEqual([['form.attachment.unavailable', 'photo', 0]]);
        expect(twoFields).toEqual([['form.attachment.duplicate', 'photo', 0]]);
        expect(await boundTo(file.id)).toEqual([first.id, 'receipts']);
        expect(await boundTo(fresh.id)).toEqual([null, null]);
      });

      it('holds each stored file to its field limits: type, size and count', async () => {
        const exe = await upload('chen.jie', 'setup.exe');
        const big = await upload('chen.jie', 'scan.pdf', 1024 * 1024 + 1);
        const [a, b, c] = [
          await upload('chen.jie', 'a.pdf'),
          await upload('chen.jie', 'b.pdf'),
          await upload('chen.jie', 'c.pdf'),
        ];

        expect(await issuesOf(start({ receipts: [exe.id] }))).toEqual([
          ['form.file.not-accepted', 'receipts', 0],
        ]);
        expect(await issuesOf(start({ receipts: [big.id] }))).toEqual([
          ['form.file.too-large', 'receipts', 0],
        ]);
        expect(await issuesOf(start({ receipts: [a?.id, b?.id, c?.id] }))).toEqual([
          ['form.value.too-many-files', 'receipts'],
        ]);
      });

      it('binds an upload to one request when two starts use it at the same moment', async () => {
        const file = await upload('chen.jie', 'race.pdf');
        const other = createEngine(await database.openAnother());

        const outcomes = await Promise.allSettled([
          start({ receipts: [file.id] }),
          other.start({
            flowKey: 'form-claim',
            actorId: 'chen.jie',
            values: { ...claim, receipts: [file.id] },
          }),
        ]);

        const won = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value.id] : []));
        const lost = outcomes.flatMap((o) =>
          o.status === 'rejected' && o.reason instanceof BatonError ? [o.reason.code] : [],
        );
        expect(won).toHaveLength(1);
        expect(lost).toEqual(['storage.form-invalid']);
        expect(await boundTo(file.id)).toEqual([won[0], 'receipts']);
      });

      it('keeps the request own files on a resubmission and binds new ones', async () => {
        // given a request with one receipt, returned to chen.jie
        const kept = await upload('chen.jie', 'kept.pdf');
        const started = await start({ receipts: [kept.id] });
        await engine.returnTask({
          taskId: openTaskOf(started, 'wang.fang'),
          actorId: 'wang.fang',
          to: 'initiator',
        });

        // when he sends it again with the stored receipt and a new one
        const added = await upload('chen.jie', 'added.pdf');
        const again = await engine.resubmit({
          instanceId: started.id,
          actorId: 'chen.jie',
          values: { ...claim, receipts: [started.state.values['receipts'], added.id].flat() },
        });

        // then both are on the request's field
        const receipts = again.state.values['receipts'] as { id: string }[];
        expect(receipts.map((file) => file.id)).toEqual([kept.id, added.id]);
        expect(await boundTo(added.id)).toEqual([started.id, 'receipts']);
      });
    });

    describe('remote options', () => {
      it('takes active codes only, and keeps a code deactivated after it was submitted', async () => {
        expect(await issuesOf(start({ costCentre: 'CC-2' }))).toEqual([
          ['form.remote.inactive', 'costCentre'],
        ]);
        expect(await issuesOf(start({ costCentre: 'CC-404' }))).toEqual([
          ['form.remote.inactive', 'costCentre'],
        ]);
        const started = await start({ costCentre: 'CC-1' });
        await engine.returnTask({
          taskId: openTaskOf(started, 'wang.fang'),
          actorId: 'wang.fang',
          to: 'initiator',
        });
        await setMasterDataActive(database.db, {
          kind: 'costCentre',
          code: 'CC-1',
          active: false,
          now: NOW,
        });

        const again = await engine.resubmit({
          instanceId: started.id,
          actorId: 'chen.jie',
          values: { ...claim, costCentre: 'CC-1', purpose: 'Customer dinner, corrected' },
        });

        expect(again.state.values['costCentre']).toBe('CC-1');
        expect(await issuesOf(start({ costCentre: 'CC-1' }))).toEqual([
          ['form.remote.inactive', 'costCentre'],
        ]);
      });
    });

    describe('references', () => {
      it('refers to a request one may read, of the field flows, and refuses the rest alike', async () => {
        // given chen.jie's own claim, he.xin's claim (li.na's task) and chen.jie's other flow
        const own = await start({});
        const theirs = await start({}, 'he.xin');
        const otherFlow = await engine.start({
          flowKey: 'manager-only',
          actorId: 'chen.jie',
          values: { description: 'x', amount: '1.00' },
        });

        // then his own claim is accepted, he.xin's is refused like one that does not exist
        expect((await start({ related: own.id })).state.values['related']).toBe(own.id);
        expect(await issuesOf(start({ related: theirs.id }))).toEqual([
          ['form.reference.unavailable', 'related'],
        ]);
        expect(await issuesOf(start({ related: 'ins_nowhere' }))).toEqual([
          ['form.reference.unavailable', 'related'],
        ]);
        expect(await issuesOf(start({ related: otherFlow.id }))).toEqual([
          ['form.reference.wrong-flow', 'related'],
        ]);
        // and an admin (the caller says so) may refer to any request
        expect((await start({ related: theirs.id }, 'chen.jie', true)).status).toBe('running');
      });

      it('lets whoever holds a task or was copied refer to the request', async () => {
        // given chen.jie's claim waiting for wang.fang, and he.xin's claim
        const claimOfChen = await start({});
        const claimOfHe = await start({}, 'he.xin');

        // then wang.fang may refer to it while approving another claim, but not to he.xin's
        const next = await start({});
        const taskId = openTaskOf(next, 'wang.fang');
        expect(
          await issuesOf(
            engine.approve({ taskId, actorId: 'wang.fang', values: { related: claimOfHe.id } }),
          ),
        ).toEqual([['form.reference.unavailable', 'related']]);
        const approved = await engine.approve({
          taskId,
          actorId: 'wang.fang',
          values: { related: claimOfChen.id },
        });
        expect(approved.state.values['related']).toBe(claimOfChen.id);

        // and he.xin may refer to chen.jie's claim once copied on it
        expect(await issuesOf(start({ related: claimOfChen.id }, 'he.xin'))).toEqual([
          ['form.reference.unavailable', 'related'],
        ]);
        await engine.cc({ instanceId: claimOfChen.id, actorId: 'chen.jie', userIds: ['he.xin'] });
        expect((await start({ related: claimOfChen.id }, 'he.xin')).status).toBe('running');
      });
    });
  },
);
