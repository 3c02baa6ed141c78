import type { Command } from '../types.ts';
import type { Work } from '../work.ts';

export function terminate(_work: Work, _command: Extract<Command, { type: 'terminate' }>): void {
  throw new Error('scaffold: terminate is being built (#4)');
}

export function reassign(_work: Work, _command: Extract<Command, { type: 'reassign' }>): void {
  throw new Error('scaffold: reassign is being built (#4)');
}

export function jump(_work: Work, _command: Extract<Command, { type: 'jump' }>): void {
  throw new Error('scaffold: jump is being built (#4)');
}
