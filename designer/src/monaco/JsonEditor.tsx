import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import { monaco } from './monaco-setup.ts';

/** A marker to show, as offsets into the text. */
export type TextMarker = {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
};

export type JsonEditorProps = {
  readonly defaultValue: string;
  /** Text to put in the editor when it changes (an edit made elsewhere, a revert). */
  readonly replacement: { readonly text: string; readonly serial: number };
  readonly markers: readonly TextMarker[];
  readonly onChange: (text: string) => void;
  readonly ariaLabel: string;
};

type CodeEditor = Parameters<OnMount>[0];

/**
 * Monaco on a JSON document, bundled locally. Uncontrolled (`defaultValue` + `onChange`, since a
 * controlled value scrambles fast typing); `replacement` swaps the text when asked to.
 */
export default function JsonEditor(props: JsonEditorProps) {
  const [editor, setEditor] = useState<CodeEditor>();
  const { replacement, markers } = props;

  useEffect(() => {
    if (editor && editor.getValue() !== replacement.text) editor.setValue(replacement.text);
  }, [editor, replacement]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    const toMarker = (marker: TextMarker) => {
      const start = model.getPositionAt(marker.start);
      const end = model.getPositionAt(Math.max(marker.end, marker.start + 1));

      return {
        startLineNumber: start.lineNumber,
        startColumn: start.column,
        endLineNumber: end.lineNumber,
        endColumn: end.column,
        message: marker.message,
        severity:
          marker.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      };
    };
    monaco.editor.setModelMarkers(model, 'baton', markers.map(toMarker));
  }, [editor, markers]);

  return (
    <Editor
      height="60vh"
      language="json"
      defaultValue={props.defaultValue}
      onChange={(value) => props.onChange(value ?? '')}
      onMount={setEditor}
      options={{
        ariaLabel: props.ariaLabel,
        minimap: { enabled: false },
        tabSize: 2,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fixedOverflowWidgets: true,
      }}
    />
  );
}
