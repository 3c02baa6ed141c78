import { describe, expect, it } from 'vitest';
import { checkFlow } from './check-flow.ts';
import { bundle, edge, node, summarize } from './test-flows.ts';

/** start → branch → [one approval per condition | default → end] → end. */
function branchFlow(conditions: string[]) {
  const targets = conditions.map((_, index) => `step${index + 1}`);

  return bundle(
    [
      node('start', 'start'),
      node('branch', 'exclusive'),
      ...targets.map((id) => node(id, 'approval')),
      node('end', 'end'),
    ],
    [
      edge('start', 'branch'),
      ...conditions.map((condition, index) =>
        edge('branch', targets[index] ?? '', { condition, priority: index + 1 }),
      ),
      edge('branch', 'end', { isDefault: true }),
      ...targets.map((id) => edge(id, 'end')),
    ],
  );
}

const check = (...conditions: string[]) => summarize(checkFlow(branchFlow(conditions)));

describe('checkFlow amount gaps and overlaps', () => {
  it('finds the gap at exactly 1000 between < 1000 and > 1000', () => {
    expect(check('amount < 1000', 'amount > 1000')).toMatchInlineSnapshot(`
      [
        "branch.amount-gap (warning) @branch flow.nodes.1: Condition branch "Branch": no condition covers Amount exactly 1000 (between "amount < 1000" and "amount > 1000"), so such requests silently take the default connection",
      ]
    `);
  });

  it('finds the overlap at 1000 between <= 1000 and >= 1000, naming the edge tried first', () => {
    expect(check('amount <= 1000', 'amount >= 1000')).toMatchInlineSnapshot(`
      [
        "branch.amount-overlap (warning) @branch-step2 flow.edges.2.condition: Condition branch "Branch": "amount <= 1000" and "amount >= 1000" both hold for Amount exactly 1000; only "amount <= 1000" is taken there, as it is tried first",
      ]
    `);
  });

  it('accepts < 1000 and >= 1000, which meet without a gap', () => {
    expect(check('amount < 1000', 'amount >= 1000')).toEqual([]);
    expect(check('1000 > amount', 'amount >= 1000')).toEqual([]);
  });

  it('reads ranges written with && and names the uncovered range between them', () => {
    expect(check('amount < 1000', 'amount >= 2000 && amount < 5000', 'amount >= 5000'))
      .toMatchInlineSnapshot(`
      [
        "branch.amount-gap (warning) @branch flow.nodes.1: Condition branch "Branch": no condition covers Amount at least 1000 and below 2000 (between "amount < 1000" and "amount >= 2000 && amount < 5000"), so such requests silently take the default connection",
      ]
    `);
  });

  it('reports an overlap of ranges that the priorities resolve, with the shared range', () => {
    // given a large-amount edge tried first and a wider one after it
    const issues = check('amount >= 50000', 'amount >= 5000');

    // then the overlap names both and says the first one wins above 50000
    expect(issues).toMatchInlineSnapshot(`
      [
        "branch.amount-overlap (warning) @branch-step2 flow.edges.2.condition: Condition branch "Branch": "amount >= 50000" and "amount >= 5000" both hold for Amount at least 50000; only "amount >= 50000" is taken there, as it is tried first",
      ]
    `);
  });

  it('leaves out values the field cannot hold: no gap between <= 1000 and >= 1000.01 for cents', () => {
    expect(check('amount <= 1000', 'amount >= 1000.01')).toEqual([]);
    expect(check('amount <= 1000', 'amount >= 1000.02')).toHaveLength(1);
    expect(check('amount <= 1000.004', 'amount >= 1000.001')).toEqual([]);
    expect(check('quantity < 10', 'quantity > 9')).toEqual([]);
    expect(check('quantity <= 10', 'quantity >= 10.5')).toEqual([]);
  });

  it('does not report what lies below or above every condition: that is the default', () => {
    expect(check('amount >= 1000 && amount < 5000', 'amount >= 5000 && amount < 9000')).toEqual([]);
  });

  it('compares decimals exactly, never as binary floats', () => {
    // 0.1 + 0.2 is not 0.3 in floats; here the bounds meet exactly
    expect(check('amount < 0.3', 'amount >= 0.30')).toEqual([]);
    expect(check('amount <= 0.1', 'amount > 0.10')).toEqual([]);
    expect(check('amount < -5', 'amount > -5')).toHaveLength(1);
  });

  it('ignores other shapes: other fields, ||, two fields, text fields, mixed && ', () => {
    expect(check('amount < 1000', 'quantity > 1000')).toEqual([]);
    expect(check('amount < 1000 || amount > 2000', 'amount > 3000')).toEqual([]);
    expect(check('amount < 1000', 'amount > 1000 && costCentre == "sales"')).toEqual([]);
    expect(check('amount < 1000 && quantity > 1', 'amount > 1000')).toEqual([]);
  });

  it('skips a condition that can never hold and conditions that do not type-check', () => {
    expect(check('amount > 5 && amount < 3', 'amount > 1')).toEqual([]);
    expect(check('amount < 1000', 'amount > "x"').map((line) => line.split(' ')[0])).toEqual([
      'expr.operator-types',
    ]);
  });

  it('writes the range in Chinese', () => {
    const [issue] = checkFlow(branchFlow(['amount < 1000', 'amount > 1000']), { locale: 'zh-CN' });

    expect(issue?.message).toBe(
      '条件分支“Branch”：没有条件覆盖金额等于 1000的情况（在“amount < 1000”与“amount > 1000”之间），这样的申请会默默走默认连线',
    );
  });
});
