import { createContext, useContext } from 'react';
import type { UploadTarget } from './upload.ts';

/**
 * Where the attachment fields of the form on screen upload to; the page that knows (start
 * page, approver's edit) provides it. Without one, files cannot be added.
 */
export const UploadTargetContext = createContext<UploadTarget | null>(null);

export function useUploadTarget(): UploadTarget | null {
  return useContext(UploadTargetContext);
}
