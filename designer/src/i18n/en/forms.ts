import type { Messages } from '../messages.ts';
import type { forms as reference } from '../zh-CN/forms.ts';

export const forms: Messages<typeof reference> = {
  required: 'Required',
  selectPlaceholder: 'Choose…',
  disabledUser: '{{name}} (disabled)',
  datePlaceholder: 'yyyy-mm-dd',
  amountPlaceholder: '0.00',
  computed: 'Calculated',
  capitals: 'In Chinese capitals: {{text}}',
  notComputed: 'Calculated once the fields are filled in',
  table: {
    addRow: 'Add row',
    removeRow: 'Remove line {{row}}',
    cell: 'Line {{row}} {{column}}',
    rowNumber: 'No.',
    remove: 'Remove',
    actions: 'Actions',
    empty: 'No lines yet. Choose “Add row” to start.',
    rows: '{{count}} line(s)',
  },
  issues: {
    title: '{{count}} item(s) in the form need attention',
  },
};
