import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@baton/runtime/storage';
import { prepareBatonStore } from './baton-store.ts';
import type { BenchOptions } from './options.ts';
import { APPROVAL_STEP_NOTES, comparePersisted } from './persisted.ts';
import { openPlainSqlite } from './plain-loops.ts';
import type { Section } from './report.ts';

/**
 * (b) on SQLite: Baton's file and the plain loop's file side by side in one new temporary
 * folder (same disk, same pragmas: WAL, synchronous FULL), removed afterwards.
 */
export async function measureSqlite(options: BenchOptions): Promise<Section> {
  const dir = await mkdtemp(path.join(tmpdir(), 'baton-bench-'));
  const handle = await openDatabase({ sqlitePath: path.join(dir, 'baton.sqlite') });
  const plain = openPlainSqlite(path.join(dir, 'plain.sqlite'));
  try {
    const engine = await prepareBatonStore(handle);
    const lines = await comparePersisted({ label: 'SQLite', engine, plain }, options);

    return {
      title: '(b) persisted approval steps per second: SQLite (WAL, synchronous FULL)',
      notes: [...APPROVAL_STEP_NOTES, `both files in ${dir}`, `median of ${roundsNote(options)}`],
      lines,
    };
  } finally {
    await plain.close();
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export function roundsNote({ sizes }: BenchOptions): string {
  return (
    `${sizes.rounds} rounds of ${sizes.stepsPerRound} steps per side after warm-up ` +
    '(ratio: median of per-round ratios)'
  );
}
