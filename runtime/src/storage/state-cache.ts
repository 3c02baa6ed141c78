import type { InstanceState } from '../core/types.ts';
import type { InstanceRow } from './schema.ts';

/**
 * The instance states this engine wrote last, by instance id: the state JSON text it wrote and
 * the row version it wrote it at. A command that reads back a row whose version and text are
 * exactly what this engine wrote takes the state from `JSON.parse` of that text and skips
 * re-validating it (the text came from a state the core built). Any other row (written by
 * another process or handle, or changed since) is parsed and validated as usual.
 */
export type StateCache = {
  /** The state of `row` when this engine wrote exactly that text at that version. */
  get(row: InstanceRow): InstanceState | undefined;
  remember(row: InstanceRow): void;
};

export function stateCache(size = 4096): StateCache {
  const written = new Map<string, { version: number; text: string }>();

  return {
    get(row) {
      const known = written.get(row.id);
      if (!known || known.version !== row.version || known.text !== row.state) return undefined;

      // A fresh object each time: callers may keep or change what they are given.
      return JSON.parse(known.text) as InstanceState;
    },
    remember(row) {
      written.delete(row.id);
      written.set(row.id, { version: row.version, text: row.state });
      const oldest = written.keys().next();
      if (written.size > size && !oldest.done) written.delete(oldest.value);
    },
  };
}
