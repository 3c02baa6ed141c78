import type { CheckContext } from '../context.ts';

/**
 * Unknown kinds and configs that do not fit their kind's schema. Gives each node's parsed
 * config (defaults applied), `undefined` where there is none to read.
 */
export function checkKinds(ctx: CheckContext): (Record<string, unknown> | undefined)[] {
  return ctx.index.nodes.map((node, position) => {
    const kind = ctx.index.kinds[position];
    if (!kind) {
      ctx.atNode(
        position,
        'node.unknown-kind',
        { type: node.type },
        { path: ['flow', 'nodes', position, 'type'] },
      );

      return undefined;
    }
    const parsed = kind.config.safeParse(node.config);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const inner = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
      const setting = inner.length > 0 ? inner.join('.') : '(config)';
      ctx.atNode(
        position,
        'node.config-invalid',
        { setting, detail: issue.message },
        {
          path: ['flow', 'nodes', position, 'config', ...inner],
        },
      );
    }

    return undefined;
  });
}
