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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
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
