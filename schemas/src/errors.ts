/**
 * Who an error is for. `user`: bad input, a broken business rule or no permission (4xx, shown in
 * the user's language). `conflict`: the thing changed under the caller (stale revision, already
 * decided). `operational`: retryable (database busy). `bug`: logged with its stack, shown generically.
 */
export type ErrorKind = 'user' | 'forbidden' | 'not-found' | 'conflict' | 'operational' | 'bug';

export type ErrorMessages = Readonly<
  Record<string, { readonly kind: ErrorKind; readonly 'zh-CN': string; readonly en: string }>
>;

/**
 * The one error class packages throw on purpose. `code` is stable and looked up in a catalogue
 * (each package has one) for the user's language; `params` fill `{name}` placeholders.
 */
export class BatonError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly params: Readonly<Record<string, string | number>>;
  readonly issues: readonly unknown[] | undefined;

  constructor(options: {
    code: string;
    kind: ErrorKind;
    message: string;
    params?: Record<string, string | number>;
    issues?: readonly unknown[];
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.name = 'BatonError';
    this.code = options.code;
    this.kind = options.kind;
    this.params = options.params ?? {};
    this.issues = options.issues;
  }
}

/** Fills `{name}` placeholders of a catalogue message. */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, string | number>>,
): string {
  // Even parts are literal text, odd parts placeholder names.
  const parts = templateParts(template);
  let text = parts[0] ?? '';
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] ?? '';
    text += Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`;
    text += parts[index + 1] ?? '';
  }

  return text;
}

// Catalogue templates are few and reused on every event: split each once. Bounded so that
// templates built at run time cannot grow it without limit.
const splitTemplates = new Map<string, readonly string[]>();

function templateParts(template: string): readonly string[] {
  let parts = splitTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (splitTemplates.size >= 2_000) splitTemplates.clear();
    splitTemplates.set(template, parts);
  }

  return parts;
}

/**
 * Makes a thrower for one catalogue: `fail('task.already-decided', { taskId })` throws a
 * BatonError whose message is the English text (logs) and whose code the server translates.
 */
export function errorFactory(catalogue: ErrorMessages) {
  return (
    code: string,
    params: Record<string, string | number> = {},
    extra: { issues?: readonly unknown[]; cause?: unknown } = {},
  ): BatonError => {
    const entry = catalogue[code];
    if (!entry)
      return new BatonError({ code, kind: 'bug', message: `unknown error code ${code}`, params });

    return new BatonError({
      code,
      kind: entry.kind,
      message: formatMessage(entry.en, params),
      params,
      ...extra,
    });
  };
}
