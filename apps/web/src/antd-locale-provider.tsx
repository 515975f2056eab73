// antd's ConfigProvider (zh_CN / en_US) and dayjs' locale following the UI language.
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { dayjsLocale } from './i18n/picker-format';
import { useLanguage } from './i18n/use-language';

export function AntdLocaleProvider({ children }: { children: ReactNode }) {
  const language = useLanguage();
  // The pickers' month names and weekdays come from dayjs, not from antd's locale.
  dayjs.locale(dayjsLocale(language));
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#1677ff' } }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
