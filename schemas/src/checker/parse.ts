import { z } from 'zod';
import { errorFactory } from '../errors.ts';
import { excerpt } from '../excerpt.ts';
import { FlowBundle } from '../flow/bundle.ts';
import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { createIssue } from '../issue-factory.ts';
import { schemasErrors } from '../messages.ts';
import { checkDocumentLimits } from './limits.ts';
import { pathText } from './path-text.ts';

const fail = errorFactory(schemasErrors);

type Path = ValidationIssue['path'];

const chineseErrors = z.locales.zhCN().localeError;

/**
 * Parse options that word zod's own messages (too long, wrong type, …) in the caller's
 * language; messages a schema spells out itself stay as written. @internal
 */
export function zodParseOptions(locale: Locale): { error?: typeof chineseErrors } {
  return locale === 'zh-CN' ? { error: chineseErrors } : {};
}

/** The id of the node or edge a path points into, read from the raw input when it has one. */
function owner(input: unknown, path: Path): { nodeId?: string; edgeId?: string } {
  const [top, list, position] = path;
  if (top !== 'flow' || (list !== 'nodes' && list !== 'edges') || typeof position !== 'number')
    return {};
  const flow: unknown =
    typeof input === 'object' && input !== null ? Reflect.get(input, 'flow') : undefined;
  const items: unknown =
    typeof flow === 'object' && flow !== null ? Reflect.get(flow, list) : undefined;
  const item: unknown = Array.isArray(items) ? items[position] : undefined;
  const id: unknown =
    typeof item === 'object' && item !== null ? Reflect.get(item, 'id') : undefined;
  if (typeof id !== 'string') return {};

  return list === 'nodes' ? { nodeId: id } : { edgeId: id };
}

function zodIssue(issue: z.core.$ZodIssue, input: unknown, locale: Locale): ValidationIssue[] {
  const path: Path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const at = [...path, key];
      const params = { where: pathText(at), key: excerpt(key) };

      return createIssue('document.unknown-key', params, { path: at, locale, ...owner(input, at) });
    });
  }
  const params = { where: pathText(path), detail: issue.message };

  return [createIssue('schema.invalid', params, { path, locale, ...owner(input, path) })];
}

/**
 * zod's issues as Baton issues, keeping zod's path: a key the document schema does not know (a
 * typo such as `requred`) is `document.unknown-key` with the path to that key, anything else is
 * `schema.invalid`. @internal
 */
export function zodIssues(error: z.ZodError, input: unknown, locale: Locale): ValidationIssue[] {
  return error.issues.flatMap((issue) => zodIssue(issue, input, locale));
}

export type FlowBundleParse =
  | { readonly ok: true; readonly bundle: FlowBundle }
  | { readonly ok: false; readonly issues: ValidationIssue[] };

/**
 * Parses a flow bundle at a boundary: the bundle with defaults, or the issues. A bundle beyond
 * the document limits (too many nodes or edges, nested too deep, a `__proto__` key) gives only
 * those issues and is not read further; otherwise zod's issues are `schema.invalid`.
 */
export function safeParseFlowBundle(input: unknown, locale: Locale = 'en'): FlowBundleParse {
  const limits = checkDocumentLimits(input, locale);
  if (limits.length > 0) {
    return {
      ok: false,
      issues: limits.map((issue) => ({ ...issue, ...owner(input, issue.path) })),
    };
  }
  const parsed = FlowBundle.safeParse(input, zodParseOptions(locale));

  return parsed.success
    ? { ok: true, bundle: parsed.data }
    : { ok: false, issues: zodIssues(parsed.error, input, locale) };
}

/**
 * Parses a flow bundle (defaults applied) or throws `BatonError` `flow.invalid` carrying the
 * schema issues. Only the document's shape is checked: run `checkFlow` for the graph rules.
 */
export function parseFlowBundle(input: unknown): FlowBundle {
  const parsed = safeParseFlowBundle(input);
  if (parsed.ok) return parsed.bundle;
  const detail = parsed.issues
    .slice(0, 3)
    .map((issue) => issue.message)
    .join('; ');

  throw fail('flow.invalid', { detail }, { issues: parsed.issues });
}
