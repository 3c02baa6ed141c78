/**
 * A FIFO async lock. SQLite lets one writer in at a time; inside one process, handles opened on
 * the same file queue here instead of spinning in SQLite's busy handler, which blocks the event
 * loop and so the very transaction it waits for.
 */
export class AsyncLock {
  #tail: Promise<void> = Promise.resolve();

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.#tail;
    let release = (): void => undefined;
    this.#tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

const locksByFile = new Map<string, AsyncLock>();
const locksByDb = new WeakMap<object, AsyncLock>();

/** @internal Called by `openDatabase`: handles on one file share one lock. */
export function registerSqliteWriteLock(db: object, resolvedPath: string): void {
  let lock = locksByFile.get(resolvedPath);
  if (!lock) {
    lock = new AsyncLock();
    locksByFile.set(resolvedPath, lock);
  }
  locksByDb.set(db, lock);
}

/** @internal The process-wide write lock of a SQLite handle, if it was opened by `openDatabase`. */
export function sqliteWriteLock(db: object): AsyncLock | undefined {
  return locksByDb.get(db);
}
