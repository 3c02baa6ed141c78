import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFlow } from './check-flow.ts';
import { generateLargeFlow } from './generate.ts';
import { findParallelJoins } from './parallel-joins.ts';

describe('generateLargeFlow', () => {
  it('makes a valid flow of exactly the asked size', () => {
    for (const size of [3, 4, 9, 100, 1000]) {
      const bundle = generateLargeFlow(size);

      expect(bundle.flow.nodes).toHaveLength(size);
      expect(checkFlow(bundle)).toEqual([]);
    }
  });

  it('pairs each parallel split with its join', () => {
    const joins = findParallelJoins(generateLargeFlow(30));

    expect([...joins]).toMatchInlineSnapshot(`
      [
        [
          "n6",
          "n9",
        ],
        [
          "n15",
          "n18",
        ],
        [
          "n24",
          "n27",
        ],
      ]
    `);
  });
});

describe('checkFlow properties', () => {
  it('never throws on a generated flow with random edges removed, added or rewired', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'add', 'retarget')), {
          maxLength: 8,
        }),
        (size, changes) => {
          const bundle = generateLargeFlow(size);
          const { nodes, edges } = bundle.flow;
          for (const [a, b, change] of changes) {
            const edge = edges[a % edges.length];
            const target = nodes[b % nodes.length]!.id;
            if (change === 'drop') edges.splice(a % edges.length, 1);
            if (change === 'add' && edge)
              edges.push({ id: `x${edges.length}`, source: edge.source, target });
            if (change === 'retarget' && edge) edge.target = target;
          }

          const issues = checkFlow(bundle);

          for (const issue of issues) expect(issue.message).not.toMatch(/\{\w+\}/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
