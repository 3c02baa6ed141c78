/**
 * @internal Run by concurrency.test.ts in a child process:
 * `node --import tsx engine-racer.script.ts <sqlite file>`. Prints `ready`, then for every line
 * `<taskId> <actorId>` on stdin approves that task and prints `ok` or the refusal's code.
 */
import { createInterface } from 'node:readline';
import { BatonError } from '@baton/schemas';
import { openDatabase } from './database.ts';
import { createEngine } from './engine.ts';

const [file = ''] = process.argv.slice(2);
const handle = await openDatabase({ sqlitePath: file });
const engine = createEngine(handle);
process.stdout.write('ready\n');

for await (const line of createInterface({ input: process.stdin })) {
  const [taskId = '', actorId = ''] = line.split(' ');
  try {
    await engine.approve({ taskId, actorId });
    process.stdout.write('ok\n');
  } catch (error) {
    process.stdout.write(`${error instanceof BatonError ? error.code : String(error)}\n`);
  }
}
await handle.close();
