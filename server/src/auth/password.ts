import { hash, verify, type Algorithm } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum, which isolatedModules cannot read: 2 is Argon2id.
const ARGON2ID: Algorithm = 2;

/**
 * argon2id with explicit parameters (OWASP's minimum recommendation for argon2id): 19 MiB of
 * memory, 2 passes, 1 lane. Hashing takes tens of milliseconds here; raise `memoryCost` first
 * when machines grow. Changing them only affects new hashes: the PHC string of an existing hash
 * carries its own parameters, so old hashes still verify.
 */
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** An argon2id PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) of the password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** True when `password` matches `passwordHash`; false for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash means "cannot sign in with a password", never a server error.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification without a real hash, so that an unknown username takes as
 * long to refuse as a wrong password and the timing does not reveal who exists.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('baton-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);

  return false;
}
