/** Types recognized by their first bytes, with the signature that marks each. */
const SIGNATURES: readonly {
  readonly mediaType: string;
  readonly matches: (b: Uint8Array) => boolean;
}[] = [
  {
    mediaType: 'image/png',
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { mediaType: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { mediaType: 'image/gif', matches: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a') },
  { mediaType: 'image/webp', matches: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  { mediaType: 'application/pdf', matches: (b) => ascii(b, 0, '%PDF-') },
];

/** The media type each recognized extension promises. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

/** Stored for every other file: downloads never let a browser guess (see the download headers). */
export const OPAQUE_MEDIA_TYPE = 'application/octet-stream';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Uint8Array, offset: number, text: string): boolean {
  return startsWith(
    bytes.subarray(offset),
    [...text].map((char) => char.charCodeAt(0)),
  );
}

/** The extension of a file name, lower case without the dot ('' without one). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');

  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** What the bytes are when they carry a known signature (images, PDF); undefined otherwise. */
export function sniffMediaType(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((signature) => signature.matches(bytes))?.mediaType;
}

/** The outcome of checking a file's content against its name. */
export type ContentCheck =
  | { readonly ok: true; readonly mediaType: string }
  | { readonly ok: false; readonly actual: string };

/**
 * The media type to store for a file, judged by its bytes, never by what the client claims:
 * an image or PDF extension needs those bytes, and bytes of an image or PDF need that
 * extension (a PDF renamed `.txt`, a script renamed `.png` are refused). Other files are stored
 * as opaque bytes.
 */
export function checkContent(name: string, bytes: Uint8Array): ContentCheck {
  const extension = extensionOf(name);
  const promised = Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined;
  const actual = sniffMediaType(bytes);
  if (promised === actual) return { ok: true, mediaType: actual ?? OPAQUE_MEDIA_TYPE };

  return { ok: false, actual: actual ?? OPAQUE_MEDIA_TYPE };
}
