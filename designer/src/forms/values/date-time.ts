/*
 * A `datetime` field stores an instant in UTC (`2026-03-02T01:30:00Z`); people type and read it
 * in their own time zone. The browser's `datetime-local` input speaks `YYYY-MM-DDTHH:mm` local
 * wall time: these two functions translate between the two.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The stored instant as the local wall time a `datetime-local` input shows; '' if unreadable. */
export function toLocalInput(instant: unknown): string {
  if (typeof instant !== 'string' || instant === '') return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Local wall time typed into the input as the instant to store, `YYYY-MM-DDTHH:mm:ssZ`;
 * undefined for empty or unreadable text. A wall time skipped by a daylight-saving change
 * becomes the instant the browser maps it to (an hour on).
 */
export function fromLocalInput(text: string): string | undefined {
  const match = LOCAL.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(year ?? 0, (month ?? 1) - 1, day, hour, minute, second);
  if (Number.isNaN(date.getTime())) return undefined;

  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
