// The completion list: no `features/*/register` entry brings it without the whole editor.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import type { ExpressionScope } from '@baton/schemas';
import type { editor, languages } from 'monaco-editor/editor';
import { expressionCompletions, type ExpressionCompletion } from './expression-completions.ts';
import { monaco } from './monaco-setup.ts';

/** Monaco's language id of Baton expressions (conditions, rules, formulas). */
export const EXPRESSION_LANGUAGE = 'baton-expression';

/** The scope each open expression editor completes from, by its model's URI. */
const scopes = new Map<string, () => ExpressionScope>();

const KINDS: Readonly<Record<ExpressionCompletion['kind'], languages.CompletionItemKind>> = {
  field: monaco.languages.CompletionItemKind.Field,
  column: monaco.languages.CompletionItemKind.Property,
  function: monaco.languages.CompletionItemKind.Function,
};

function suggestions(model: editor.ITextModel, position: { lineNumber: number; column: number }) {
  const scope = scopes.get(model.uri.toString());
  if (!scope) return [];
  const before = model.getValueInRange({
    startLineNumber: position.lineNumber,
    startColumn: 1,
    endLineNumber: position.lineNumber,
    endColumn: position.column,
  });
  const word = model.getWordUntilPosition(position);
  const range = {
    startLineNumber: position.lineNumber,
    endLineNumber: position.lineNumber,
    startColumn: word.startColumn,
    endColumn: word.endColumn,
  };

  return expressionCompletions(scope(), before).map((item) => ({
    label: item.label,
    kind: KINDS[item.kind],
    insertText: item.kind === 'function' ? `${item.label}(` : item.label,
    range,
    ...(typeof item.type === 'string' ? { detail: item.type } : {}),
  }));
}

let registered = false;

/** Registers the language (colours and completion), once; before the first editor uses it. */
export function registerExpressionLanguage(): void {
  if (registered) return;
  registered = true;
  monaco.languages.register({ id: EXPRESSION_LANGUAGE });
  monaco.languages.setMonarchTokensProvider(EXPRESSION_LANGUAGE, {
    keywords: ['true', 'false', 'null', 'in'],
    tokenizer: {
      root: [
        [/[A-Za-z_]\w*/, { cases: { '@keywords': 'keyword', '@default': 'identifier' } }],
        [/\d+(\.\d+)?/, 'number'],
        [/'([^'\\]|\\.)*'?/, 'string'],
        [/"([^"\\]|\\.)*"?/, 'string'],
        [/[<>=!&|+\-*/]+/, 'operator'],
      ],
    },
  });
  monaco.languages.registerCompletionItemProvider(EXPRESSION_LANGUAGE, {
    triggerCharacters: ['.'],
    provideCompletionItems: (model, position) => ({ suggestions: suggestions(model, position) }),
  });
}

/**
 * Lets the editor of `model` complete from `scope` (read on each request, so it follows the
 * form as it changes). Returns the function that stops it.
 */
export function completeFrom(model: editor.ITextModel, scope: () => ExpressionScope): () => void {
  registerExpressionLanguage();
  const key = model.uri.toString();
  scopes.set(key, scope);

  return () => scopes.delete(key);
}
