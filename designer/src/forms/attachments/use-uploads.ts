import { useCallback, useRef, useState } from 'react';
import { useLocale } from '../../i18n/index.ts';
import type { StoredFile } from './stored-file.ts';
import { uploadFile, UploadRefused } from './upload.ts';

/** A file on its way to the server, or one it (or the browser's check) refused. */
export type PendingUpload = {
  readonly key: number;
  readonly name: string;
  readonly percent: number;
  readonly error?: string;
};

/**
 * Uploads files one request each and keeps their progress and refusals for the list. Each
 * stored file is handed to `onStored` as it arrives (uploads finish in any order).
 */
export function useUploads(options: {
  readonly onStored: (file: StoredFile) => void;
  readonly failed: string;
}) {
  const locale = useLocale();
  const [pending, setPending] = useState<readonly PendingUpload[]>([]);
  const nextKey = useRef(0);
  const update = (key: number, change: Partial<PendingUpload>) =>
    setPending((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  const dismiss = useCallback(
    (key: number) => setPending((list) => list.filter((item) => item.key !== key)),
    [],
  );
  /** Lists a file refused before sending, with the reason. */
  const refuse = (name: string, error: string) => {
    const key = (nextKey.current += 1);
    setPending((list) => [...list, { key, name, percent: 0, error }]);
  };
  const start = (url: string, file: File) => {
    const key = (nextKey.current += 1);
    setPending((list) => [...list, { key, name: file.name, percent: 0 }]);
    uploadFile({
      url,
      file,
      locale,
      failed: options.failed,
      onProgress: (percent) => update(key, { percent }),
    }).then(
      (stored) => {
        dismiss(key);
        options.onStored(stored);
      },
      (error: unknown) =>
        update(key, { error: error instanceof UploadRefused ? error.message : options.failed }),
    );
  };

  return { pending, start, refuse, dismiss };
}
