import type { Command } from '../types.ts';
import type { Work } from '../work.ts';

export function addSigner(_work: Work, _command: Extract<Command, { type: 'addSigner' }>): void {
  throw new Error('scaffold: addSigner is being built (#4)');
}

export function removeSigner(
  _work: Work,
  _command: Extract<Command, { type: 'removeSigner' }>,
): void {
  throw new Error('scaffold: removeSigner is being built (#4)');
}
