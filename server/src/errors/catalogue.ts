import { formatMessage, type ErrorKind, type ErrorMessages, type Locale } from '@baton/schemas';
import { runtimeMessages } from '@baton/runtime';
import { storageErrorMessages } from '@baton/runtime/storage';
import { schemasErrors } from '@baton/schemas';
import { serverMessages } from '../messages.ts';

/**
 * Every package's catalogue, so the server can translate a code wherever it was raised. A code
 * is owned by exactly one package; the catalogue test fails on a duplicate.
 */
export const catalogues: ReadonlyArray<{
  readonly owner: string;
  readonly messages: ErrorMessages;
}> = [
  { owner: 'server', messages: serverMessages },
  { owner: 'storage', messages: storageErrorMessages },
  { owner: 'runtime', messages: runtimeMessages },
  { owner: 'schemas', messages: schemasErrors },
];

export type CatalogueEntry = {
  readonly kind: ErrorKind;
  readonly 'zh-CN': string;
  readonly en: string;
};

/** The catalogue entry of a code, from whichever package owns it. */
export function lookupCode(code: string): CatalogueEntry | undefined {
  for (const { messages } of catalogues) {
    if (Object.hasOwn(messages, code)) return messages[code];
  }

  return undefined;
}

/** The caller-language text of a code with its params filled, or `undefined` for an unknown code. */
export function translate(
  code: string,
  params: Readonly<Record<string, string | number>>,
  locale: Locale,
): string | undefined {
  const entry = lookupCode(code);

  return entry === undefined ? undefined : formatMessage(entry[locale], params);
}
