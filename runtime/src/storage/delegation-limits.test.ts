import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock, outcomeOf, type FakeClock } from './action-testing.ts';
import { MAX_CURRENT_DELEGATIONS, MAX_LISTED_DELEGATIONS } from './delegation-store.ts';
import { createEngine, type Engine } from './engine.ts';
import type { DelegationRow } from './schema.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { seedTestOrg } from './testing.ts';

const HOUR = 60 * 60_000;

describe.each(testDatabases())('limits of delegations on $name', (factory) => {
  let database: TestDatabase;
  let engine: Engine;
  let clock: FakeClock;

  beforeAll(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    clock = fakeClock();
    engine = createEngine({ ...database, now: clock.now });
  });
  afterAll(() => database?.close());

  /** A window from `fromHours` to `toHours` after the fake clock's now. */
  function window(fromHours: number, toHours: number) {
    const at = (hours: number) => new Date(clock.ms + hours * HOUR).toISOString();

    return { startsAt: at(fromHours), endsAt: at(toHours) };
  }

  it('refuses flow keys that are not flow keys, and more than 50 of them', async () => {
    const away = { userId: 'he.xin', delegateId: 'li.na', ...window(0, 24) };
    const manyKeys = Array.from({ length: 51 }, (_, n) => `flow-${n}`);

    const refused = async (flowKeys: string[]) =>
      outcomeOf(engine.createDelegation({ ...away, flowKeys }, 'he.xin'));

    const bloated = await refused(['k'.repeat(9000)]);
    const upperCase = await refused(['Expense']);
    const tooMany = await refused(manyKeys);
    const fifty = await engine.createDelegation(
      { ...away, flowKeys: manyKeys.slice(0, 50) },
      'he.xin',
    );

    expect(bloated).toBe('storage.delegation-invalid');
    expect(upperCase).toBe('storage.delegation-invalid');
    expect(tooMany).toBe('storage.delegation-invalid');
    expect(fifty.flowKeys).toHaveLength(50);
    await engine.revokeDelegation(fifty.id, 'he.xin');
  });

  it('refuses a 21st current delegation of one person, not counting revoked or ended ones', async () => {
    // given chen.jie with 19 long delegations and one that ends in an hour
    const made = [];
    for (let n = 1; n < MAX_CURRENT_DELEGATIONS; n++) {
      const input = { userId: 'chen.jie', delegateId: 'li.na', ...window(n, n + 48) };
      made.push(await engine.createDelegation(input, 'chen.jie'));
    }
    const short = { userId: 'chen.jie', delegateId: 'he.xin', ...window(0, 1) };
    await engine.createDelegation(short, 'chen.jie');
    const another = () =>
      engine.createDelegation(
        { userId: 'chen.jie', delegateId: 'wang.fang', ...window(0, 72) },
        'chen.jie',
      );

    // when a 21st comes now, after the short one ended, and after one is revoked
    const now = await outcomeOf(another());
    const othersStill = await engine.createDelegation(
      { userId: 'wang.fang', delegateId: 'li.na', ...window(0, 24) },
      'wang.fang',
    );
    clock.advance(120);
    const afterEnd = await another();
    const full = await outcomeOf(another());
    await engine.revokeDelegation(made[0]?.id ?? '', 'chen.jie');
    const afterRevoke = await another();

    // then only the 21st current one is refused, and only for chen.jie
    expect(now).toBe('storage.delegation-limit');
    expect(othersStill.userId).toBe('wang.fang');
    expect(afterEnd.delegateId).toBe('wang.fang');
    expect(full).toBe('storage.delegation-limit');
    expect(afterRevoke.delegateId).toBe('wang.fang');
    expect(await outcomeOf(another())).toBe('storage.delegation-limit');
  });

  it('lists at most 200 delegations, current ones first, newest start first', async () => {
    // given 210 revoked delegations of li.na, one ended that started last, and one current
    const base = Date.parse('2025-01-01T00:00:00.000Z');
    const rows = Array.from({ length: 210 }, (_, n) =>
      row(`dlg-old-${String(n).padStart(3, '0')}`, base + n * HOUR, { revoked: true }),
    );
    rows.push(row('dlg-ended', clock.ms - 90 * 60_000, { endsAt: clock.ms - 1 }));
    await database.db.insertInto('delegations').values(rows).execute();
    const current = await engine.createDelegation(
      { userId: 'li.na', delegateId: 'he.xin', ...window(-24, 24) },
      'li.na',
    );

    // when her delegations and everyone's are listed
    const mine = await engine.listDelegations({ userId: 'li.na' });
    const all = await engine.listDelegations();

    // then current ones lead, newest start first, then the ended and revoked ones, cut at 200
    const stored = await database.db.selectFrom('delegations').selectAll().execute();
    const nowIso = clock.now().toISOString();
    const isCurrent = (d: { revoked_at: string | null; ends_at: string }) =>
      d.revoked_at === null && d.ends_at > nowIso;
    const expected = (rows: typeof stored) =>
      rows
        .sort(
          (a, b) =>
            Number(isCurrent(b)) - Number(isCurrent(a)) ||
            b.starts_at.localeCompare(a.starts_at) ||
            Number(b.id > a.id) - Number(b.id < a.id),
        )
        .slice(0, MAX_LISTED_DELEGATIONS)
        .map((d) => d.id);
    const hers = stored.filter((d) => d.user_id === 'li.na' || d.delegate_id === 'li.na');
    expect(mine.map((d) => d.id)).toEqual(expected(hers));
    expect(all.map((d) => d.id)).toEqual(expected(stored));
    const ids = mine.map((d) => d.id);
    expect(ids.indexOf(current.id)).toBeLessThan(ids.indexOf('dlg-ended'));
    expect(ids.indexOf('dlg-ended')).toBeLessThan(ids.indexOf('dlg-old-209'));
    expect(ids).not.toContain('dlg-old-000');
  });

  it("revokes only the caller's own delegation when scoped to them", async () => {
    const given = await engine.createDelegation(
      { userId: 'he.xin', delegateId: 'wang.fang', ...window(0, 24) },
      'he.xin',
    );

    const bySomeoneElse = await outcomeOf(
      engine.revokeDelegation(given.id, 'li.na', { userId: 'li.na' }),
    );
    const byOwner = await engine.revokeDelegation(given.id, 'he.xin', { userId: 'he.xin' });

    expect(bySomeoneElse).toBe('storage.delegation-not-found');
    expect(byOwner.revokedBy).toBe('he.xin');
  });
});

function row(
  id: string,
  startsAtMs: number,
  options: { revoked?: boolean; endsAt?: number },
): DelegationRow {
  const startsAt = new Date(startsAtMs).toISOString();
  const endsAt = new Date(options.endsAt ?? startsAtMs + 24 * HOUR).toISOString();

  return {
    id,
    user_id: 'li.na',
    delegate_id: 'he.xin',
    starts_at: startsAt,
    ends_at: endsAt,
    flow_keys: null,
    amount_cap: null,
    reason: null,
    created_at: startsAt,
    created_by: 'li.na',
    revoked_at: options.revoked ? endsAt : null,
    revoked_by: options.revoked ? 'li.na' : null,
  };
}
