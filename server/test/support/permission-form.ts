import type { FlowBundle, FormField } from '@baton/schemas';

const text = (key: string, zh: string, en: string): FormField => ({
  key,
  type: 'text',
  label: { 'zh-CN': zh, en },
  required: false,
  validation: {},
});

/**
 * The permission matrix on the expense flow (start → manager → finance when the amount
 * reaches 5,000): `secretNote`, the receipt and every amount are hidden from the manager;
 * `financeCode` only finance may edit (read-only at the start); `initiatorRemark` only the
 * initiator may edit (read everywhere else, the default).
 */
export function withPermissionMatrix(bundle: FlowBundle): FlowBundle {
  const receipt: FormField = {
    key: 'receipt',
    type: 'attachment',
    label: { 'zh-CN': '发票', en: 'Receipt' },
    required: false,
    validation: { maxFiles: 5, maxSizeMb: 1, accept: ['pdf', 'png'] },
  };
  const fields = [
    ...bundle.form.fields,
    text('secretNote', '内部备注', 'Internal note'),
    text('financeCode', '财务编码', 'Finance code'),
    text('initiatorRemark', '发起人说明', 'Initiator remark'),
    receipt,
  ];
  const hiddenFromManager = ['secretNote', 'receipt', 'amount', 'items', 'itemsTotal'];
  const fieldAccess = {
    start: { financeCode: 'read' as const },
    manager: Object.fromEntries(hiddenFromManager.map((key) => [key, 'hidden' as const])),
    finance: { financeCode: 'edit' as const },
  };

  return {
    ...bundle,
    flow: { ...bundle.flow, fieldAccess },
    form: { ...bundle.form, fields },
  };
}

/** What the secret parts of a matrix request hold: none may reach the manager. */
export const MATRIX_SECRETS = {
  note: 'SECRET-NOTE-7731',
  amount: '8765.43',
  amountShown: '8,765.43',
  receiptName: 'receipt-hidden-9941.pdf',
} as const;

/** A claim on the matrix form; the description does not repeat the amount. */
export function matrixValues(receiptId: string) {
  return {
    description: 'Client visit in Hangzhou',
    amount: MATRIX_SECRETS.amount,
    date: '2026-03-02',
    costCentre: 'CC-1001',
    items: [{ item: 'Hotel', amount: MATRIX_SECRETS.amount }],
    itemsTotal: MATRIX_SECRETS.amount,
    secretNote: MATRIX_SECRETS.note,
    initiatorRemark: 'Booked through the travel desk',
    receipt: [receiptId],
  };
}
