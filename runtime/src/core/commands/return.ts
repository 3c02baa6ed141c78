import type { Command } from '../types.ts';
import type { Work } from '../work.ts';

export function returnTask(_work: Work, _command: Extract<Command, { type: 'return' }>): void {
  throw new Error('scaffold: return is being built (#4)');
}
