/** Most characters of a submitted value or key that a message repeats back. */
export const MAX_ECHO_LENGTH = 40;

/**
 * The start of `text` for a message, at most `MAX_ECHO_LENGTH` characters (code points) and
 * `…` when cut, so a huge value never ends up in an issue, a log line or a toast. @internal
 */
export function excerpt(text: string): string {
  let out = '';
  let count = 0;
  for (const character of text) {
    if (count === MAX_ECHO_LENGTH) return `${out}…`;
    out += character;
    count += 1;
  }

  return out;
}
