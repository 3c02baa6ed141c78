import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/index.ts';

const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    borderRadius: 6,
    fontFamily: [
      '-apple-system',
      'BlinkMacSystemFont',
      "'Segoe UI'",
      "'PingFang SC'",
      "'Hiragino Sans GB'",
      "'Microsoft YaHei'",
      "'Noto Sans CJK SC'",
      'sans-serif',
    ].join(', '),
  },
  components: { Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 24px' } },
};

/** antd in the UI language (zhCN / enUS), with Baton's theme and the `App` context for toasts. */
export function AntdProvider({ children }: { readonly children: ReactNode }) {
  const locale = useLocale();

  return (
    // autoInsertSpace off: antd would render "登录" as "登 录", and the button's accessible name
    // must stay the label's exact text.
    <ConfigProvider
      locale={locale === 'en' ? enUS : zhCN}
      theme={theme}
      button={{ autoInsertSpace: false }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
