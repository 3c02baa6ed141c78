import { storedFileOf, type StoredFile } from './stored-file.ts';

/**
 * Where uploads for a form go: a new request names its flow (the start step must let the
 * uploader edit the field), an approver's edit names the request (their open task's step must).
 */
export type UploadTarget = { readonly flowKey: string } | { readonly instanceId: string };

export function uploadUrl(target: UploadTarget, field: string): string {
  const params = new URLSearchParams(
    'flowKey' in target ? { flowKey: target.flowKey } : { instanceId: target.instanceId },
  );
  params.set('field', field);

  return `/api/attachments?${params.toString()}`;
}

/** An upload the server refused, with its code and message in the user's language. */
export class UploadRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefused';
  }
}

function refusalOf(request: XMLHttpRequest, fallback: string): UploadRefused {
  try {
    const body: unknown = JSON.parse(request.responseText);
    const code: unknown = typeof body === 'object' && body ? Reflect.get(body, 'code') : undefined;
    const message: unknown =
      typeof body === 'object' && body ? Reflect.get(body, 'message') : undefined;
    if (typeof code === 'string' && typeof message === 'string') {
      return new UploadRefused(code, message);
    }
  } catch {
    // Not JSON (a proxy's error page): the generic message below says what happened.
  }

  return new UploadRefused(`http.${request.status}`, fallback);
}

export type UploadOptions = {
  readonly url: string;
  readonly file: File;
  readonly locale: string;
  /** Share sent so far, 0 to 100. */
  readonly onProgress: (percent: number) => void;
  /** Message when the server gives no readable refusal (or none at all). */
  readonly failed: string;
};

/**
 * Sends one file as the raw request body (XMLHttpRequest, for its upload progress; fetch has
 * none). The session cookie goes with it (same origin) and the browser adds the Origin header
 * the server's cross-site check reads. Resolves with the stored file, rejects with
 * `UploadRefused`.
 */
export function uploadFile(options: UploadOptions): Promise<StoredFile> {
  const { url, file, onProgress } = options;

  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.setRequestHeader('Accept-Language', options.locale);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new UploadRefused('http.network', options.failed));
    request.onload = () => {
      if (request.status < 200 || request.status >= 300) {
        reject(refusalOf(request, options.failed));
        return;
      }
      let stored: StoredFile | null = null;
      try {
        stored = storedFileOf(JSON.parse(request.responseText));
      } catch {
        // Handled below like any answer that is not a stored file.
      }
      if (stored) resolve(stored);
      else reject(new UploadRefused('http.bad-answer', options.failed));
    };
    request.send(file);
  });
}
