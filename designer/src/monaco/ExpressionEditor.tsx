import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import type { ExpressionScope } from '@baton/schemas';
import {
  completeFrom,
  EXPRESSION_LANGUAGE,
  registerExpressionLanguage,
} from './expression-language.ts';
import { monaco } from './monaco-setup.ts';
import { setTextMarkers, type TextMarker } from './text-markers.ts';

registerExpressionLanguage();

/** Editors made so far, for context keys unique to each. */
let editors = 0;

export type ExpressionEditorProps = {
  /** The committed text: the editor shows it again when it changes from outside (an undo). */
  readonly value: string;
  readonly ariaLabel: string;
  /** Id of the element that describes the editor (its issues). */
  readonly describedBy: string;
  readonly scope: ExpressionScope;
  readonly markers: readonly TextMarker[];
  /** Whether the text may be cleared; if not, clearing it puts `value` back. */
  readonly allowEmpty: boolean;
  /** Every change of the text, to check it as it is typed. */
  readonly onDraft: (text: string) => void;
  /** Enter or leaving the editor, when the text differs from `value`: one command per edit. */
  readonly onCommit: (text: string) => void;
};

type CodeEditor = Parameters<OnMount>[0];

/**
 * A one-line Monaco editor for an expression: completion of fields, columns and functions,
 * the checker's issues as markers. Uncontrolled (`defaultValue`; a controlled value scrambles
 * fast typing); Enter commits instead of breaking the line, and Tab leaves the editor.
 */
export default function ExpressionEditor(props: ExpressionEditorProps) {
  const [editor, setEditor] = useState<CodeEditor>();
  const latest = useRef(props);
  latest.current = props;
  const { value, markers } = props;

  useEffect(() => {
    if (editor && editor.getValue() !== value) editor.setValue(value);
  }, [editor, value]);

  useEffect(() => {
    const model = editor?.getModel();
    if (model) setTextMarkers(model, markers);
  }, [editor, markers]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model) return;
    const stop = completeFrom(model, () => latest.current.scope);
    const commit = () => {
      const { value: saved, allowEmpty, onCommit } = latest.current;
      const text = editor.getValue().trim();
      if (text === '' && !allowEmpty) editor.setValue(saved);
      else if (text !== saved) onCommit(text);
    };
    // Keybindings are shared by every editor on the page: a context key of this editor alone
    // (true only while it has focus) keeps Enter to its own commit.
    const own = `batonExpression${++editors}`;
    editor.createContextKey(own, true);
    const enter = editor.addAction({
      id: `${own}.commit`,
      label: 'Commit',
      keybindings: [monaco.KeyCode.Enter],
      precondition: own,
      keybindingContext: '!suggestWidgetVisible',
      run: commit,
    });
    const blur = editor.onDidBlurEditorText(commit);
    const textarea = editor.getDomNode()?.querySelector('textarea, [role="textbox"]');
    textarea?.setAttribute('aria-describedby', latest.current.describedBy);

    return () => {
      stop();
      enter.dispose();
      blur.dispose();
    };
  }, [editor]);

  const onChange = (text: string | undefined) => {
    const flat = (text ?? '').replace(/[\r\n]+/g, ' ');
    // A pasted line break would make the expression two lines: keep it on one.
    if (flat !== text) editor?.setValue(flat);
    props.onDraft(flat);
  };

  return (
    <Editor
      height={32}
      language={EXPRESSION_LANGUAGE}
      defaultValue={value}
      onChange={onChange}
      onMount={setEditor}
      options={{
        ariaLabel: props.ariaLabel,
        lineNumbers: 'off',
        glyphMargin: false,
        folding: false,
        lineDecorationsWidth: 6,
        lineNumbersMinChars: 0,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        wordWrap: 'off',
        renderLineHighlight: 'none',
        overviewRulerLanes: 0,
        overviewRulerBorder: false,
        hideCursorInOverviewRuler: true,
        scrollbar: {
          vertical: 'hidden',
          horizontalScrollbarSize: 4,
          alwaysConsumeMouseWheel: false,
        },
        wordBasedSuggestions: 'off',
        tabFocusMode: true,
        contextmenu: false,
        fixedOverflowWidgets: true,
        automaticLayout: true,
        fontSize: 13,
        padding: { top: 6, bottom: 6 },
      }}
    />
  );
}
