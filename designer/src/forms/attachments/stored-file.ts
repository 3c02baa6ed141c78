import type { Locale } from '@baton/schemas';

/** A file the server stored for an attachment or image field (what the upload returns). */
export type StoredFile = {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly mediaType: string;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One stored file read from a server answer or a value, or null when it is not one. */
export function storedFileOf(value: unknown): StoredFile | null {
  if (!isRecord(value)) return null;
  const { id, name, size, mediaType } = value;
  if (typeof id !== 'string' || id === '') return null;

  return {
    id,
    name: typeof name === 'string' && name !== '' ? name : id,
    size: typeof size === 'number' && Number.isFinite(size) ? size : 0,
    mediaType: typeof mediaType === 'string' ? mediaType : '',
  };
}

/** The files of an attachment or image value (a list of stored files); anything else is none. */
export function filesOf(value: unknown): StoredFile[] {
  if (!Array.isArray(value)) return [];

  return value.flatMap((item: unknown) => {
    const file = storedFileOf(item);

    return file ? [file] : [];
  });
}

/** Where a stored file downloads; `inline` asks for an image to show in the page. */
export function fileUrl(id: string, options: { readonly inline?: boolean } = {}): string {
  const base = `/api/attachments/${encodeURIComponent(id)}`;

  return options.inline ? `${base}?inline=1` : base;
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size the way the UI language writes it: "980 KB", "1.2 MB". */
export function formatFileSize(bytes: number, locale: Locale): string {
  let size = Math.max(0, bytes);
  let unit = 0;
  while (size >= 1024 && unit < UNITS.length - 1) {
    size /= 1024;
    unit += 1;
  }

  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    // Bytes spelled out: the short form is "45 byte" in English ("45 bytes", "45字节" long).
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(size);
}
