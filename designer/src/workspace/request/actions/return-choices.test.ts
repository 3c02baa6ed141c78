import { describe, expect, it } from 'vitest';
import { returnChoices } from './return-choices.ts';

const manager = { nodeId: 'manager', name: 'Manager approval' };

describe('returnChoices', () => {
  it('given every target allowed, when offered, then the initiator comes first, then the previous and an earlier step', () => {
    expect(returnChoices({ initiator: true, previous: manager, earlier: [manager] })).toEqual([
      'initiator',
      'previous',
      'node',
    ]);
  });

  it('given the first approval step, when offered, then only the initiator remains', () => {
    expect(returnChoices({ initiator: true, previous: null, earlier: [] })).toEqual(['initiator']);
  });

  it('given a step that allows no return, when offered, then there is nothing to choose', () => {
    expect(returnChoices({ initiator: false, previous: null, earlier: [] })).toEqual([]);
  });
});
