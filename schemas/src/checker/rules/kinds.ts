import type { z } from 'zod';
import { excerpt } from '../../excerpt.ts';
import type { CheckContext } from '../context.ts';

type Path = (string | number)[];

function reportConfigIssue(ctx: CheckContext, position: number, issue: z.core.$ZodIssue): void {
  const inner: Path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
  const config: Path = ['flow', 'nodes', position, 'config'];
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const setting = excerpt([...inner, key].join('.'));
      const path = [...config, ...inner, key];
      ctx.atNode(position, 'node.config.unknown-key', { setting }, { path });
    }

    return;
  }
  const setting = inner.length > 0 ? excerpt(inner.join('.')) : '(config)';
  ctx.atNode(
    position,
    'node.config-invalid',
    { setting, detail: issue.message },
    { path: [...config, ...inner] },
  );
}

/**
 * Unknown kinds and configs that do not fit their kind's schema, each setting the kind does not
 * know included (`node.config.unknown-key`, with the path to the key). Gives each node's parsed
 * config (defaults applied), `undefined` where there is none to read.
 */
export function checkKinds(ctx: CheckContext): (Record<string, unknown> | undefined)[] {
  return ctx.index.nodes.map((node, position) => {
    const kind = ctx.index.kinds[position];
    if (!kind) {
      ctx.atNode(
        position,
        'node.unknown-kind',
        { type: excerpt(node.type) },
        { path: ['flow', 'nodes', position, 'type'] },
      );

      return undefined;
    }
    const parsed = kind.config.safeParse(node.config);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) reportConfigIssue(ctx, position, issue);

    return undefined;
  });
}
