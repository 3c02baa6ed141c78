import { describe, expect, it } from 'vitest';
import { orderedChoices } from './choices.ts';

const options = [{ value: 'travel' }, { value: 'meals' }, { value: 'hotel' }];

describe('orderedChoices', () => {
  it('given options picked out of order, when read, then they follow the options', () => {
    expect(orderedChoices(options, ['hotel', 'travel'])).toEqual(['travel', 'hotel']);
  });

  it('given a repeat and an unknown value, when read, then each option shows once and the unknown goes', () => {
    expect(orderedChoices(options, ['meals', 'meals', 'gifts'])).toEqual(['meals']);
  });

  it('given a value that is not a list, when read, then nothing is chosen', () => {
    expect(orderedChoices(options, 'travel')).toEqual([]);
  });
});
