import type { Command } from '../types.ts';
import type { Work } from '../work.ts';

export function transfer(_work: Work, _command: Extract<Command, { type: 'transfer' }>): void {
  throw new Error('scaffold: transfer is being built (#4)');
}

export function delegate(_work: Work, _command: Extract<Command, { type: 'delegate' }>): void {
  throw new Error('scaffold: delegate is being built (#4)');
}
