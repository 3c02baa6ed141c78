import { describe, expect, it } from 'vitest';
import { dropIndex, LIST_END, moveIndex, paletteId, paletteType } from './drop-target.ts';

const keys = ['description', 'amount', 'items'];

describe('palette drag ids', () => {
  it('given a palette entry, when its id is read back, then it gives the field type', () => {
    expect(paletteType(paletteId('money'))).toBe('money');
    expect(paletteType(paletteId('dateRange'))).toBe('dateRange');
  });

  it('given a field row or an unknown type, when read as a palette entry, then it is none', () => {
    expect(paletteType('amount')).toBeUndefined();
    expect(paletteType('palette:spaceship')).toBeUndefined();
  });
});

describe('dropIndex', () => {
  it('given a drop on the upper half of a row, when placed, then the new field goes before it', () => {
    expect(dropIndex(keys, { key: 'amount', below: false })).toBe(1);
  });

  it('given a drop on the lower half of a row, when placed, then the new field goes after it', () => {
    expect(dropIndex(keys, { key: 'amount', below: true })).toBe(2);
    expect(dropIndex(keys, { key: 'items', below: true })).toBe(3);
  });

  it('given a drop on the end zone, when placed, then the new field goes last, also in an empty list', () => {
    expect(dropIndex(keys, { key: LIST_END, below: false })).toBe(3);
    expect(dropIndex([], { key: LIST_END, below: true })).toBe(0);
  });

  it('given a drop outside the list or on a row that is gone, when placed, then nothing is added', () => {
    expect(dropIndex(keys, undefined)).toBeUndefined();
    expect(dropIndex(keys, { key: 'ghost', below: false })).toBeUndefined();
  });
});

describe('moveIndex', () => {
  it('given a row moved onto another row or the end zone, when placed, then it takes that place', () => {
    expect(moveIndex(keys, 'description')).toBe(0);
    expect(moveIndex(keys, LIST_END)).toBe(2);
  });
});
