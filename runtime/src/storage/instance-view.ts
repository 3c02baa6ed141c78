import {
  formatMoney,
  isDecimalString,
  resolveText,
  type FlowBundle,
  type FormValues,
  type Locale,
} from '@baton/schemas';
import { z } from 'zod';
import { InstanceState, InstanceStatus } from '../core/types.ts';
import { parseJsonColumn } from './json-column.ts';
import type { InstanceRow } from './schema.ts';

/** What every engine command returns: the instance row after the command, with its state. */
export const InstanceView = z.object({
  id: z.string(),
  flowKey: z.string(),
  flowVersion: z.number().int(),
  status: InstanceStatus,
  title: z.string(),
  initiatorId: z.string(),
  /** The row version after the command: +1 per command. */
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  endedAt: z.string().nullable(),
  state: InstanceState,
});
export type InstanceView = z.infer<typeof InstanceView>;

/**
 * The view of an instance row. Its state JSON is parsed unless the caller already holds the
 * state it just wrote.
 */
export function instanceViewOf(row: InstanceRow, known?: InstanceState): InstanceView {
  const where = { table: 'instances', id: row.id };
  const state = known ?? parseJsonColumn(InstanceState, row.state, where);

  return {
    id: row.id,
    flowKey: row.flow_key,
    flowVersion: row.flow_version,
    status: state.status,
    title: row.title,
    initiatorId: row.initiator_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    endedAt: row.ended_at,
    state,
  };
}

/**
 * The title shown in lists: `费用报销 - 陈杰`, followed by ` - ¥12,345.67` when the form has a
 * money field `amount` with a value. The stored title is in zh-CN (the default); readers pass
 * their `locale` to make it in the caller's language.
 */
export function instanceTitle(
  bundle: FlowBundle,
  initiatorName: string,
  values: FormValues,
  locale: Locale = 'zh-CN',
): string {
  const base = `${resolveText(bundle.flow.name, locale)} - ${initiatorName}`;
  const field = bundle.form.fields.find((f) => f.key === 'amount');
  const amount = values['amount'];
  if (field?.type !== 'money' || !isDecimalString(amount)) return base;

  return `${base} - ${formatMoney(amount, field.currency, locale)}`;
}
