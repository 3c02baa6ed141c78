import { describe, expect, it } from 'vitest';
import { expenseLikeBundle } from './edit.fixture.ts';
import {
  canRedo,
  canUndo,
  createHistory,
  execute,
  insertNodeOnEdge,
  moveNode,
  redo,
  renameNode,
  undo,
} from './edit.ts';

const insertApproval = insertNodeOnEdge({ edgeId: 'e-finance-end', node: { type: 'approval' } });

describe('edit history', () => {
  it('undoes and redoes a command exactly', () => {
    const start = createHistory(expenseLikeBundle());

    const edited = execute(start, insertApproval);
    const undone = undo(edited);
    const redone = redo(undone);

    expect(undone.present).toBe(start.present);
    expect(redone.present).toBe(edited.present);
    expect(canUndo(redone) && !canRedo(redone)).toBe(true);
    expect(undone.future.map((step) => step.name)).toEqual(['insertNodeOnEdge']);
  });

  it('drops the redo stack when a new command runs after an undo', () => {
    const history = undo(execute(createHistory(expenseLikeBundle()), insertApproval));

    const next = execute(history, renameNode({ nodeId: 'end', name: 'Done' }));

    expect(canRedo(next)).toBe(false);
    expect(next.past.map((step) => step.name)).toEqual(['renameNode']);
  });

  it('leaves the history unchanged when a command fails', () => {
    const history = createHistory(expenseLikeBundle());

    expect(() => execute(history, renameNode({ nodeId: 'ghost', name: 'x' }))).toThrow();
    expect(canUndo(history)).toBe(false);
  });

  it('keeps at most `limit` undo steps', () => {
    let history = createHistory(expenseLikeBundle(), { limit: 2 });

    for (const y of [1, 2, 3])
      history = execute(history, moveNode({ nodeId: 'end', position: { x: 0, y } }));

    expect(history.past).toHaveLength(2);
    expect(undo(undo(history)).present.layout.positions['end']).toEqual({ x: 0, y: 1 });
  });

  it('does nothing on undo or redo with empty stacks', () => {
    const history = createHistory(expenseLikeBundle());

    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });
});
