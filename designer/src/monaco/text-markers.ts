import type { editor } from 'monaco-editor/editor';
import { monaco } from './monaco-setup.ts';

/** A marker to show, as offsets into the text. */
export type TextMarker = {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
};

/**
 * Shows `markers` on the model, each at least one character wide (an issue at the very end of
 * the text, such as a missing operand, still gets a squiggle and a hover).
 */
export function setTextMarkers(model: editor.ITextModel, markers: readonly TextMarker[]): void {
  const toMarker = (marker: TextMarker): editor.IMarkerData => {
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
}
