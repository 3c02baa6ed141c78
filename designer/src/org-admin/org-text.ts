import type { ValidationIssue } from '@baton/schemas';
import type { TextMarker } from '../monaco/JsonEditor.tsx';
import { locateJsonPath } from '../monaco/json-locator.ts';

/** The editor's text parsed, or where and why it is not JSON. */
export type ParsedText =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly marker: TextMarker };

/** Parses the editor's text; a syntax error becomes a marker at the position JSON names. */
export function parseOrgText(text: string): ParsedText {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
    const start = Math.min(offset, Math.max(text.length - 1, 0));

    return { ok: false, message, marker: { start, end: start + 1, message, severity: 'error' } };
  }
}

/** Markers for the org checker's issues, each where its path points in the document's text. */
export function orgIssueMarkers(text: string, issues: readonly ValidationIssue[]): TextMarker[] {
  return issues.flatMap((issue) => {
    const range = locateJsonPath(text, issue.path);

    return range ? [{ ...range, message: issue.message, severity: issue.severity }] : [];
  });
}

/** The document as the editor shows it: two-space JSON and a final line break. */
export function orgText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
