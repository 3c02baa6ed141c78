/** English texts of the master data page (`masterData` namespace). */
export const masterDataEn = {
  title: 'Master data',
  intro:
    'The lists that master-data fields of forms offer. Entries are deactivated, never deleted: requests keep the codes they were submitted with.',
  tabs: { costCentre: 'Cost centres', supplier: 'Suppliers', project: 'Projects' },
  add: { costCentre: 'Add cost centre', supplier: 'Add supplier', project: 'Add project' },
  columns: {
    code: 'Code',
    zh: 'Name (Chinese)',
    en: 'Name (English)',
    state: 'State',
    actions: 'Actions',
  },
  list: {
    search: 'Search by code or name',
    empty: 'No entries',
    active: 'Active',
    inactive: 'Inactive',
    edit: 'Edit',
    editNamed: 'Edit {{code}}',
    deactivate: 'Deactivate',
    deactivateNamed: 'Deactivate {{code}}',
    reactivate: 'Reactivate',
    reactivateNamed: 'Reactivate {{code}}',
    deactivated: '{{code}} is deactivated: new requests can no longer choose it',
    reactivated: '{{code}} is active again',
  },
  dialog: {
    addTitle: 'New entry',
    editTitle: 'Edit {{code}}',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Saved {{code}}',
  },
  errors: {
    required: 'Required',
    tooLong: 'Too long: a code has at most 100 characters, a name 200',
    control: 'A code cannot contain control characters',
    taken: 'This code is already in the list (perhaps deactivated): edit that entry instead',
  },
};
