import type { MasterDataKind } from '@baton/schemas';
import { upsertMasterData, type BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';

type DemoEntry = readonly [kind: MasterDataKind, code: string, zh: string, en: string];

/** The demo company's lists, as an admin would keep them (the cost centres of the templates). */
const DEMO_MASTER_DATA: readonly DemoEntry[] = [
  ['costCentre', 'CC-1001', '华东销售', 'East Sales'],
  ['costCentre', 'CC-1002', '华南销售', 'South Sales'],
  ['costCentre', 'CC-2001', '财务部', 'Finance'],
  ['costCentre', 'CC-3001', '采购部', 'Purchasing'],
  ['costCentre', 'CC-6001', '研发部', 'R&D'],
  ['costCentre', 'CC-9001', '总经办', 'Executive Office'],
  [
    'supplier',
    'SUP-001',
    '上海明远办公用品有限公司',
    'Shanghai Mingyuan Office Supplies Co., Ltd.',
  ],
  [
    'supplier',
    'SUP-002',
    '杭州云启信息技术有限公司',
    'Hangzhou Yunqi Information Technology Co., Ltd.',
  ],
  ['supplier', 'SUP-003', '苏州恒通物流有限公司', 'Suzhou Hengtong Logistics Co., Ltd.'],
  ['supplier', 'SUP-004', '北京华信会计师事务所', 'Beijing Huaxin Certified Public Accountants'],
  ['project', 'PRJ-2026-01', '华东渠道拓展', 'East China channel expansion'],
  ['project', 'PRJ-2026-02', 'ERP 系统升级', 'ERP upgrade'],
  ['project', 'PRJ-2026-03', '新仓库建设', 'New warehouse'],
];

/**
 * The demo master data, written only while the table is empty: an admin's own lists, or an
 * emptied one, are never overwritten. True when it wrote them.
 */
export async function seedMasterData(db: Kysely<BatonDatabase>, now: Date): Promise<boolean> {
  const any = await db.selectFrom('master_data').select('code').limit(1).executeTakeFirst();
  if (any) return false;
  for (const [kind, code, zh, en] of DEMO_MASTER_DATA)
    await upsertMasterData(db, { kind, code, name: { 'zh-CN': zh, en } }, { now });

  return true;
}
