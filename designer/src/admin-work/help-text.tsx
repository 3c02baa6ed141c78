import type { ReactNode } from 'react';

/**
 * A field's problems as antd form help. An element, not a string: antd keys a string help by
 * its text, so a changed message would fade out beside the new one for a moment (a stale
 * error); an element keeps one help line that changes in place.
 */
export function helpText(problems: readonly string[]): ReactNode {
  return <span>{problems.join('; ')}</span>;
}
