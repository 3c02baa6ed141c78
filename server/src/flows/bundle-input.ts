import { checkFlow, FlowBundle, type Locale, type ValidationIssue } from '@baton/schemas';
import { translate } from '../errors/catalogue.ts';
import { fail } from '../messages.ts';

/**
 * Parses a bundle sent by a client. A bundle that is not even shaped like one is refused with
 * `input.invalid` and the checker's `schema.invalid` issues (paths relative to the bundle, in
 * the caller's language); so is a bundle whose flow key is not the flow's key. Nothing is
 * stored in either case.
 */
export function parseBundleInput(key: string, input: unknown, locale: Locale): FlowBundle {
  const parsed = FlowBundle.safeParse(input);
  if (!parsed.success) throw fail('input.invalid', {}, { issues: checkFlow(input, { locale }) });
  if (parsed.data.flow.key !== key) {
    const params = { key, bundleKey: parsed.data.flow.key };
    const issue: ValidationIssue = {
      code: 'flow.key-mismatch',
      severity: 'error',
      path: ['flow', 'key'],
      message: translate('flow.key-mismatch', params, locale) ?? 'flow key mismatch',
    };
    throw fail('flow.key-mismatch', params, { issues: [issue] });
  }

  return parsed.data;
}
