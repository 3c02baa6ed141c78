import type { Command } from '../types.ts';
import type { Work } from '../work.ts';

export function copyPeople(_work: Work, _command: Extract<Command, { type: 'cc' }>): void {
  throw new Error('scaffold: cc is being built (#4)');
}

export function urge(_work: Work, _command: Extract<Command, { type: 'urge' }>): void {
  throw new Error('scaffold: urge is being built (#4)');
}
