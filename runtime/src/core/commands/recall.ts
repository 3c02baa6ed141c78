import type { Command } from '../types.ts';
import type { Work } from '../work.ts';

export function recall(_work: Work, _command: Extract<Command, { type: 'recall' }>): void {
  throw new Error('scaffold: recall is being built (#4)');
}
