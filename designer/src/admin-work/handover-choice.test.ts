import { describe, expect, it } from 'vitest';
import { countDone, readHandover, type HandoverChoice } from './handover-choice.ts';

const choice: HandoverChoice = {
  fromUserId: 'u-li',
  toUserId: 'u-huang',
  taskIds: ['t-1', 't-2'],
  flowKeys: [],
  reason: ' 离职交接 ',
};

describe('readHandover', () => {
  it('given a successor, a reason and tasks, when read, then the input carries them with the reason trimmed', () => {
    expect(readHandover(choice)).toEqual({
      input: {
        fromUserId: 'u-li',
        toUserId: 'u-huang',
        taskIds: ['t-1', 't-2'],
        flowKeys: [],
        reason: '离职交接',
      },
      problems: [],
    });
  });

  it('given only flows ticked, when read, then it can still be applied', () => {
    expect(readHandover({ ...choice, taskIds: [], flowKeys: ['expense'] }).problems).toEqual([]);
  });

  it('given nothing chosen at all, when read, then every missing part is named', () => {
    const empty = { ...choice, toUserId: undefined, taskIds: [], reason: '  ' };

    expect(readHandover(empty)).toEqual({
      problems: ['handover.toMissing', 'handover.reasonMissing', 'handover.nothing'],
    });
  });

  it('given the person leaving as their own successor, when read, then the successor is refused', () => {
    expect(readHandover({ ...choice, toUserId: 'u-li' }).problems).toEqual(['handover.toMissing']);
  });
});

describe('countDone', () => {
  it('given results, when counted, then only the ones that went through count', () => {
    expect(countDone([{ ok: true }, { ok: false }, { ok: true }])).toBe(2);
  });
});
