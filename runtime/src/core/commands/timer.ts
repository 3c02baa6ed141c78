import type { Command } from '../types.ts';
import type { Work } from '../work.ts';

export function fireTimer(_work: Work, _command: Extract<Command, { type: 'timer' }>): void {
  throw new Error('scaffold: timer is being built (#4)');
}
