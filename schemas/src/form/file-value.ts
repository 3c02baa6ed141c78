import type { IssueCode } from '../messages.ts';
import type { FormField } from './form.ts';
import { type FieldContext, type FieldResult, accept, isRecord, refuse } from './value-issue.ts';

export type FileField = Extract<FormField, { type: 'attachment' | 'image' }>;
/** A stored file as a field value holds it (the server fills in everything but the id). */
export type FileRef = {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly mediaType: string;
};

/** Longest file id and file name. */
export const MAX_FILE_ID_LENGTH = 200;
export const MAX_FILE_NAME_LENGTH = 255;

/** What an `image` field takes whatever its `accept` says. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp'] as const;

/**
 * What an `attachment` field with an empty `accept` takes: documents, sheets, images, e-invoices
 * (`ofd`, `xml`) and archives. Nothing a browser would run when opened (html, svg, js).
 */
export const SAFE_FILE_EXTENSIONS = [
  ...['pdf', 'ofd', 'xml', 'txt', 'csv', 'md', 'rtf', 'eml', 'msg'],
  ...['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'wps', 'et', 'dps'],
  ...IMAGE_EXTENSIONS,
  ...['bmp', 'tif', 'tiff', 'heic'],
  ...['zip', '7z', 'rar'],
] as const;

const MB = 1024 * 1024;

function isId(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.trim() !== '' && raw.length <= MAX_FILE_ID_LENGTH;
}

function isFileRef(raw: unknown): raw is FileRef {
  if (!isRecord(raw)) return false;
  const keys = Object.keys(raw);
  const { id, name, size, mediaType } = raw;

  return (
    keys.length === 4 &&
    isId(id) &&
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= MAX_FILE_NAME_LENGTH &&
    typeof size === 'number' &&
    Number.isSafeInteger(size) &&
    size >= 0 &&
    typeof mediaType === 'string' &&
    mediaType.length <= 255
  );
}

/** Extensions a field takes, lower case without the dot (see `SAFE_FILE_EXTENSIONS`). */
export function acceptedExtensions(field: FileField): string[] {
  const accept = field.validation.accept;
  if (field.type === 'image') {
    const images: readonly string[] = IMAGE_EXTENSIONS;

    return accept.length === 0 ? [...images] : accept.filter((ext) => images.includes(ext));
  }

  return accept.length === 0 ? [...SAFE_FILE_EXTENSIONS] : [...accept];
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');

  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Whether a field takes a file, as the server asks at upload and again when it binds the file
 * to a field: `null` when it does, else the refusal code. `form.file.too-large` (message
 * parameters `field`, `name`, `max` in MB) beyond `maxSizeMb`; `form.file.not-accepted`
 * (`field`, `name`, `accept`: the extensions joined by ", ") for an extension outside
 * `acceptedExtensions`, or for an image field a media type that is not `image/…`.
 */
export function acceptsFile(
  field: FileField,
  name: string,
  mediaType: string,
  size: number,
): 'form.file.too-large' | 'form.file.not-accepted' | null {
  if (!acceptedExtensions(field).includes(extensionOf(name))) return 'form.file.not-accepted';
  if (field.type === 'image' && !mediaType.toLowerCase().startsWith('image/'))
    return 'form.file.not-accepted';
  if (size > field.validation.maxSizeMb * MB) return 'form.file.too-large';

  return null;
}

/** The file ids of an attachment or image value (ids or `{ id, … }` items), in order. */
export function attachmentIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];

  return value.flatMap((item: unknown) => {
    if (isId(item)) return [item];
    if (isRecord(item) && isId(item['id'])) return [item['id']];

    return [];
  });
}

function fileIssue(field: FileField, file: FileRef, ctx: FieldContext): FieldResult | null {
  const code: IssueCode | null = acceptsFile(field, file.name, file.mediaType, file.size);
  if (!code) return null;
  const params = {
    name: file.name,
    max: field.validation.maxSizeMb,
    accept: acceptedExtensions(field).join(', '),
  };

  return refuse(code, params, ctx);
}

/**
 * Checks the shape of an attachment or image value: a list of file ids (non-empty, at most 200
 * characters) or of `{ id, name, size, mediaType }`, at most `maxFiles` of them, a repeated id
 * kept once. Items with their details are held to `acceptsFile`. Whether each id is a file the
 * submitter uploaded, and its real size and type, is for the server, which has the store.
 */
export function checkFiles(field: FileField, raw: unknown, ctx: FieldContext): FieldResult {
  if (!Array.isArray(raw)) return refuse('form.value.not-file-list', {}, ctx);
  const seen = new Set<string>();
  const files: unknown[] = [];
  for (const [index, item] of raw.entries()) {
    const at = { ...ctx, path: [...ctx.path, index] };
    if (!isId(item) && !isFileRef(item))
      return refuse('form.value.not-file', { index: index + 1 }, at);
    const id = typeof item === 'string' ? item : item.id;
    if (typeof item !== 'string') {
      const refused = fileIssue(field, item, at);
      if (refused) return refused;
    }
    if (!seen.has(id)) files.push(item);
    seen.add(id);
  }
  if (files.length > field.validation.maxFiles)
    return refuse('form.value.too-many-files', { max: field.validation.maxFiles }, ctx);

  return accept(files);
}
