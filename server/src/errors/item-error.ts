import { BatonError, type Locale } from '@baton/schemas';
import { z } from 'zod';
import { translate } from './catalogue.ts';
import { isOperational, localizedParams } from './format.ts';

/** Why one item of a batch (one task of `approveMany`, …) was not done. */
export const ItemError = z.object({ code: z.string(), message: z.string() });
export type ItemError = z.infer<typeof ItemError>;

type Logger = { error(object: object, message: string): void };

/**
 * An error thrown while doing one item of a batch, as the batch's result shows it: a refusal
 * keeps its code with its message in `locale`; a retryable database failure is
 * `server.unavailable`; anything else is a bug, logged with its stack and shown as
 * `server.internal` (the other items go on either way).
 */
export function itemError(
  error: unknown,
  context: { locale: Locale; logger: Logger; item: Record<string, string> },
): ItemError {
  if (error instanceof BatonError && error.kind !== 'bug') {
    const params = localizedParams({ ...error.params }, context.locale);

    return {
      code: error.code,
      message: translate(error.code, params, context.locale) ?? error.message,
    };
  }
  const code = isOperational(error) ? 'server.unavailable' : 'server.internal';
  if (code === 'server.internal')
    context.logger.error({ err: error, ...context.item }, 'batch item failed');

  return { code, message: translate(code, {}, context.locale) ?? code };
}
