import type { IncomingMessage } from 'node:http';

const MB = 1024 * 1024;

/** How much of a refused body is still read and dropped, and for how long, before giving up. */
export const DRAIN_LIMIT = { bytes: 64 * MB, ms: 10_000 } as const;

/**
 * Reads and drops what is left of a request body the server refused before reading it all
 * (too large, over a quota, not allowed), resolving `true` once the body has ended. Closing a
 * socket while the client is still sending resets the connection, and a client that reads the
 * answer only after sending its body never sees it; so the answer waits for the body. Past
 * `DRAIN_LIMIT`, or when the client goes away, it resolves `false`: the caller answers and
 * closes the connection.
 */
export function drainBody(raw: IncomingMessage): Promise<boolean> {
  if (raw.readableEnded) return Promise.resolve(true);
  if (raw.destroyed) return Promise.resolve(false);

  return new Promise((resolve) => {
    let left = DRAIN_LIMIT.bytes;
    const timer = setTimeout(() => done(false), DRAIN_LIMIT.ms);
    const onData = (chunk: Buffer) => {
      left -= chunk.length;
      if (left < 0) done(false);
    };
    const onEnd = () => done(true);
    const onClose = () => done(raw.readableEnded);
    function done(drained: boolean) {
      clearTimeout(timer);
      raw.off('data', onData).off('end', onEnd).off('close', onClose);
      resolve(drained);
    }
    raw.on('data', onData).once('end', onEnd).once('close', onClose);
    raw.resume();
  });
}
