import { useDeferredValue, useState } from 'react';

/**
 * The text typed into a searchable select, deferred so a fast typist is not slowed by a
 * list re-rendering per key (each distinct text is one cached query).
 */
export function useSearchText() {
  const [typed, setTyped] = useState('');
  const search = useDeferredValue(typed.trim());

  return { search, onSearch: setTyped };
}
