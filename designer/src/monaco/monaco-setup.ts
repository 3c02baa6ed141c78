import { loader } from '@monaco-editor/react';
// The editor API alone: importing `monaco-editor` itself would bundle every language service,
// the TypeScript worker included (megabytes). JSON gets its own small language service.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/features/json/register';
// The editor API comes without contributions: add the ones a JSON view needs (marker hovers and
// F8 navigation, find, folding, brackets, clipboard, context menu, formatting) and their icons.
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/format/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

window.MonacoEnvironment = {
  getWorker: (_workerId, label) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

// Without this, @monaco-editor/react would load Monaco from a CDN.
loader.config({ monaco });

export { monaco };
