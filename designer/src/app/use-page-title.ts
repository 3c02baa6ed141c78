import { useEffect } from 'react';

/** Sets the browser tab's title to `page · Baton` while the page is shown. */
export function usePageTitle(page: string | undefined): void {
  useEffect(() => {
    document.title = page ? `${page} · Baton` : 'Baton';
  }, [page]);
}
