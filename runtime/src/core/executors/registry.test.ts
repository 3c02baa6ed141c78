import { getNodeKind } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { executableKinds, executorFor } from './index.ts';

describe('executor registry', () => {
  it('runs exactly the kinds of the schemas registry, each known to it', () => {
    const kinds = executableKinds();

    expect([...kinds].sort()).toEqual(
      ['approval', 'cc', 'delay', 'end', 'exclusive', 'join', 'parallel', 'start'].sort(),
    );
    for (const type of kinds) expect(getNodeKind(type)?.type).toBe(type);
  });

  it('gives a task policy exactly to the kinds whose capabilities say they need assignees', () => {
    for (const type of executableKinds()) {
      const node = { id: 'n1', type, name: 'n1', config: {} };

      const hasPolicy = executorFor(node).taskPolicy !== undefined;

      expect(hasPolicy).toBe(getNodeKind(type)?.capabilities.needsAssignees === true);
    }
  });

  it('refuses a kind neither registry knows', () => {
    const node = { id: 'n1', type: 'teleport', name: 'n1', config: {} };

    expect(() => executorFor(node)).toThrowError(
      expect.objectContaining({ code: 'flow.unknown-node-kind' }),
    );
  });
});
