/**
 * @internal Run by transaction.test.ts in a child process:
 * `node --import tsx concurrent-writer.script.ts <sqlite file> <count>`. Opens the file, prints
 * `ready`, waits for a line on stdin (so that several writers start together), then adds 1 to
 * the `counter` row `count` times, each a read-then-write in its own write transaction, and
 * prints `done <retries>`.
 */
import { once } from 'node:events';
import { sql } from 'kysely';
import { openDatabase } from './database.ts';
import { retryOnConflict, writeTransaction } from './transaction.ts';

const [file = '', countText = '0'] = process.argv.slice(2);
const handle = await openDatabase({ sqlitePath: file });
process.stdout.write('ready\n');
await once(process.stdin, 'data');
process.stdin.destroy();

let retries = 0;
for (let i = 0; i < Number(countText); i += 1) {
  await retryOnConflict(
    () =>
      writeTransaction(handle, async (trx) => {
        const row = await sql<{ n: number }>`select n from counter where id = 1`.execute(trx);
        const n = row.rows[0]?.n ?? 0;
        await sql`update counter set n = ${n + 1} where id = 1`.execute(trx);
      }),
    (cause) => new Error('gave up after retries', { cause }),
    { onRetry: () => (retries += 1) },
  );
}
await handle.close();
process.stdout.write(`done ${retries}\n`);
