import { Tabs } from 'antd';
import { MasterDataKind } from '@baton/schemas';
import { PageHeader } from '../app/PageHeader.tsx';
import { useMasterDataT } from './i18n.ts';
import { MasterDataList } from './MasterDataList.tsx';

/**
 * `/admin/master-data` (admins): the cost centres, suppliers and projects that master-data
 * fields of forms offer, one tab each. The server checks the admin role again.
 */
export default function MasterDataPage() {
  const t = useMasterDataT();

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('intro')} />
      <Tabs
        destroyOnHidden
        items={MasterDataKind.options.map((kind) => ({
          key: kind,
          label: t(`tabs.${kind}`),
          children: <MasterDataList kind={kind} />,
        }))}
      />
    </>
  );
}
