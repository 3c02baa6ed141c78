import type { Messages } from '../../i18n/messages.ts';

/** Texts of the request page that the workspace namespace does not have (namespace `requestPage`). */
export const requestPageZh = {
  timeline: {
    /** A step no rule could staff went to the flow admin: the step and the stored reason. */
    fallback: '{{step}}：{{reason}}',
  },
};

export const requestPageEn: Messages<typeof requestPageZh> = {
  timeline: {
    fallback: '{{step}}: {{reason}}',
  },
};
