/**
 * Freezes a data tree in place and returns it. Templates and the demo org are shared module
 * data: a caller that wants to change one copies it first (`structuredClone`).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }

  return value;
}
