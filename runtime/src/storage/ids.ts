import { randomFillSync } from 'node:crypto';

const ID_RANDOM_BYTES = 10;
// Random bytes are drawn from the CSPRNG a few kilobytes at a time: one call per id cost more
// than the rest of making it.
const pool = Buffer.alloc(4096);
let offset = pool.length;

function randomHex(bytes: number): string {
  if (offset + bytes > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const hex = pool.toString('hex', offset, offset + bytes);
  offset += bytes;

  return hex;
}

/**
 * `task_0lx8k2m3q9f1c7e2a4b6d8f0a1c3` style ids: the prefix says what it is, the millisecond
 * timestamp (base 36) makes ids sort by creation, and 80 random bits keep them unguessable.
 */
export function newSortableId(prefix: string): string {
  const time = Date.now().toString(36).padStart(9, '0');

  return `${prefix}_${time}${randomHex(ID_RANDOM_BYTES)}`;
}
