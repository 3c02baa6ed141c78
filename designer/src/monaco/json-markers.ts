import { checkFlow, FlowBundle, type Locale, type Org, type ValidationIssue } from '@baton/schemas';
import type { TextMarker } from './JsonEditor.tsx';
import { locateJsonPath } from './json-locator.ts';

const BUNDLE_KEYS = new Set(['flow', 'form', 'layout']);

/** Issue paths are bundle paths; a path that starts inside the flow gets its `flow` prefix. */
function bundlePath(issue: ValidationIssue): ValidationIssue['path'] {
  const [first] = issue.path;

  return typeof first === 'string' && BUNDLE_KEYS.has(first) ? issue.path : ['flow', ...issue.path];
}

/** Markers for issues, each at the place its path points to in `text`. */
export function issueMarkers(text: string, issues: readonly ValidationIssue[]): TextMarker[] {
  return issues.flatMap((issue) => {
    const range = locateJsonPath(text, bundlePath(issue));

    return range ? [{ ...range, message: issue.message, severity: issue.severity }] : [];
  });
}

/** What the JSON view knows of its text: a parse error, or the bundle and its issues. */
export type JsonAnalysis =
  | { readonly kind: 'syntax'; readonly message: string; readonly markers: TextMarker[] }
  | {
      readonly kind: 'parsed';
      /** Set when the text is a structurally valid bundle, so it can be applied. */
      readonly bundle: FlowBundle | undefined;
      readonly issueCount: number;
      readonly markers: TextMarker[];
    };

function syntaxError(text: string, error: unknown): JsonAnalysis {
  const message = error instanceof Error ? error.message : String(error);
  const offset = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
  const start = Math.min(offset, Math.max(text.length - 1, 0));

  return {
    kind: 'syntax',
    message,
    markers: [{ start, end: start + 1, message, severity: 'error' }],
  };
}

/**
 * Parses the editor's text and runs the checker on it: the same issues as on the canvas, now
 * at their JSON positions. The text only counts as a bundle when `FlowBundle` accepts it.
 */
export function analyzeJson(
  text: string,
  context: { readonly org: Org | undefined; readonly locale: Locale },
): JsonAnalysis {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return syntaxError(text, error);
  }
  const { org, locale } = context;
  const issues = checkFlow(value, org ? { org, locale } : { locale });
  const parsed = FlowBundle.safeParse(value);

  return {
    kind: 'parsed',
    bundle: parsed.success ? parsed.data : undefined,
    issueCount: issues.length,
    markers: issueMarkers(text, issues),
  };
}
