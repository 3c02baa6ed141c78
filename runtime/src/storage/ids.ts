import { randomBytes } from 'node:crypto';

/**
 * `task_0lx8k2m3q9f1c7e2a4b6d8f0a1c3` style ids: the prefix says what it is, the millisecond
 * timestamp (base 36) makes ids sort by creation, and 80 random bits keep them unguessable.
 */
export function newSortableId(prefix: string): string {
  const time = Date.now().toString(36).padStart(9, '0');

  return `${prefix}_${time}${randomBytes(10).toString('hex')}`;
}
