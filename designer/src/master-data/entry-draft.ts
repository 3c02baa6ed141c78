import type { MasterDataKind } from '@baton/schemas';

/** What the entry dialog holds while an admin types. */
export type EntryDraft = { readonly code: string; readonly zh: string; readonly en: string };

/** The dialog's inputs, for errors shown at them. */
export type EntryField = keyof EntryDraft;

/** Why an input is refused: a message key of the `masterData` namespace. */
export type EntryErrors = Partial<Record<EntryField, 'required' | 'tooLong' | 'control' | 'taken'>>;

export type EntryInput = {
  readonly kind: MasterDataKind;
  readonly code: string;
  readonly name: { readonly 'zh-CN': string; readonly en: string };
};

const MAX_CODE = 100;
const MAX_NAME = 200;
// Control characters (C0, DEL, C1), which the server refuses in a code.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

type EntryError = NonNullable<EntryErrors[EntryField]>;

function nameError(text: string): EntryError | undefined {
  if (text.trim() === '') return 'required';

  return text.trim().length > MAX_NAME ? 'tooLong' : undefined;
}

function codeError(code: string): EntryError | undefined {
  if (code === '') return 'required';
  if (code.length > MAX_CODE) return 'tooLong';

  return CONTROL.test(code) ? 'control' : undefined;
}

/**
 * Checks a draft with the server's rules (a code of 1–100 characters without control
 * characters, both names of 1–200 after trimming) and gives the input to send, or every
 * error at once. The code is trimmed: leading or trailing spaces are never meant.
 */
export function readEntry(
  kind: MasterDataKind,
  draft: EntryDraft,
): { ok: true; input: EntryInput } | { ok: false; errors: EntryErrors } {
  const code = draft.code.trim();
  const errors: EntryErrors = {};
  for (const [field, error] of [
    ['code', codeError(code)],
    ['zh', nameError(draft.zh)],
    ['en', nameError(draft.en)],
  ] as const) {
    if (error) errors[field] = error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  return {
    ok: true,
    input: { kind, code, name: { 'zh-CN': draft.zh.trim(), en: draft.en.trim() } },
  };
}

/** The input a server issue is about (`['name', 'en']` → `en`), when it is one of them. */
export function fieldOfPath(path: readonly (string | number)[]): EntryField | undefined {
  const [first, second] = path;
  if (first === 'code') return 'code';
  if (first !== 'name') return undefined;
  if (second === 'zh-CN') return 'zh';

  return second === 'en' ? 'en' : undefined;
}
