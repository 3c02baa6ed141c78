import type { FlowBundle, I18nText } from '@baton/schemas';

export type TemplateCategory = 'expense' | 'procurement' | 'budget';

/**
 * A scenario template: a ready flow, form and layout that an admin clones into a new flow.
 * `key` equals `bundle.flow.key` and `name` equals `bundle.flow.name`. The bundle is frozen and
 * already in the normalized shape `FlowBundle.parse` returns.
 */
export type Template = {
  readonly key: string;
  readonly name: I18nText;
  readonly description: I18nText;
  readonly category: TemplateCategory;
  readonly bundle: FlowBundle;
};
