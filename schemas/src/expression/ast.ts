/** Offsets into the source: `start` inclusive, `end` exclusive (what Monaco markers need). */
export type Span = { readonly start: number; readonly end: number };

export type ArithmeticOp = '*' | '/' | '+' | '-';
export type ComparisonOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type LogicalOp = '&&' | '||';
export type BinaryOp = ArithmeticOp | ComparisonOp | LogicalOp;

/** A node of a parsed expression. Every node carries its span in the source. */
export type Expr =
  | (Span & { readonly kind: 'number'; readonly value: string })
  | (Span & { readonly kind: 'string'; readonly value: string })
  | (Span & { readonly kind: 'boolean'; readonly value: boolean })
  | (Span & { readonly kind: 'null' })
  | (Span & { readonly kind: 'identifier'; readonly name: string })
  | (Span & {
      readonly kind: 'member';
      readonly object: Expr;
      readonly property: string;
      readonly propertyStart: number;
    })
  | (Span & { readonly kind: 'unary'; readonly op: '!' | '-'; readonly operand: Expr })
  | (Span & {
      readonly kind: 'binary';
      readonly op: BinaryOp;
      readonly left: Expr;
      readonly right: Expr;
    })
  | (Span & { readonly kind: 'in'; readonly value: Expr; readonly list: Expr })
  | (Span & { readonly kind: 'list'; readonly items: readonly Expr[] })
  | (Span & {
      readonly kind: 'call';
      readonly callee: string;
      readonly calleeEnd: number;
      readonly args: readonly Expr[];
    });

export type ExprKind = Expr['kind'];

/** The direct children of a node, in source order. */
export function childrenOf(node: Expr): readonly Expr[] {
  switch (node.kind) {
    case 'member':
      return [node.object];
    case 'unary':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    case 'in':
      return [node.value, node.list];
    case 'list':
      return node.items;
    case 'call':
      return node.args;
    default:
      return [];
  }
}

export function isComparison(op: BinaryOp): op is ComparisonOp {
  return op === '<' || op === '<=' || op === '>' || op === '>=' || op === '==' || op === '!=';
}

export function isArithmetic(op: BinaryOp): op is ArithmeticOp {
  return op === '*' || op === '/' || op === '+' || op === '-';
}
