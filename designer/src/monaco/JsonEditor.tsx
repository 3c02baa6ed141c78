import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import { setTextMarkers, type TextMarker } from './text-markers.ts';

export type { TextMarker } from './text-markers.ts';

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
    if (model) setTextMarkers(model, markers);
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
