/**
 * The shape every language of a namespace must have: the same keys as the reference language
 * (zh-CN), each leaf a string. Typing the English file with it makes a missing or extra key a
 * type error, so both languages stay complete.
 */
export type Messages<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};
