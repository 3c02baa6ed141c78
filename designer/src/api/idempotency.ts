/**
 * A fresh key for one user action (one click on Submit, Approve, …). The server returns the first
 * result when the same key arrives twice, so a retried request never acts twice.
 */
export function newIdempotencyKey(): string {
  // randomUUID exists only in secure contexts; plain-HTTP intranet hosts still get random bytes.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));

  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
