import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { usePageTitle } from './use-page-title.ts';

export type PageHeaderProps = {
  readonly title: string;
  readonly subtitle?: ReactNode;
  /** Tags or status next to the title. */
  readonly tags?: ReactNode;
  /** Buttons on the right. */
  readonly extra?: ReactNode;
};

/** The heading of a page (also the browser tab's title). */
export function PageHeader({ title, subtitle, tags, extra }: PageHeaderProps) {
  usePageTitle(title);

  return (
    <Flex
      className="baton-page-header"
      justify="space-between"
      align="flex-start"
      gap="middle"
      wrap
    >
      <div>
        <Flex align="center" gap="small" wrap>
          <Typography.Title level={3} className="baton-page-title">
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      {extra && <Flex gap="small">{extra}</Flex>}
    </Flex>
  );
}
