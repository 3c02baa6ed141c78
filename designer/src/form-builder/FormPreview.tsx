import { Button, ConfigProvider, Radio, Space, Typography } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { defaultFormValues, type FormDefinition, type Locale } from '@baton/schemas';
import { FormRenderer, localToday, useFormEditor } from '../forms/index.ts';
import { i18n, SUPPORTED_LOCALES, useLocale } from '../i18n/index.ts';
import { useFormBuilderT } from './i18n.ts';

type Device = 'desktop' | 'phone';

/** The form as a user fills it: live rules and formulas, and a check of the values. */
function PreviewForm(props: { readonly form: FormDefinition }) {
  const t = useFormBuilderT();
  const { form } = props;
  const editor = useFormEditor(form, () => defaultFormValues(form, localToday()));
  const [checked, setChecked] = useState<boolean>();

  return (
    <>
      <FormRenderer
        form={form}
        values={editor.values}
        onChange={editor.change}
        issues={editor.issues}
        idPrefix="preview"
      />
      <Space>
        <Button onClick={() => setChecked(editor.submit() !== null)}>{t('preview.check')}</Button>
        {checked !== undefined && (
          <Typography.Text type={checked ? 'success' : 'danger'} role="status">
            {checked ? t('preview.valid') : t('preview.invalid')}
          </Typography.Text>
        )}
      </Space>
    </>
  );
}

/**
 * "预览" / "Preview": the generated form in either language and at desktop or phone width (a
 * 375 px frame), with the same renderer, rules and formulas as the request page. Values typed
 * here are thrown away.
 */
export function FormPreview(props: { readonly form: FormDefinition }) {
  const t = useFormBuilderT();
  const uiLocale = useLocale();
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [device, setDevice] = useState<Device>('desktop');
  // Its own copy of the UI's i18next (same messages), so only the preview changes language.
  const translator = useMemo(() => i18n.cloneInstance({ lng: locale }), [locale]);

  return (
    <section className="baton-form-preview-page" aria-labelledby="baton-form-preview-title">
      <Space wrap className="baton-form-builder__bar">
        <Typography.Title level={5} id="baton-form-preview-title">
          {t('preview.title')}
        </Typography.Title>
        <Radio.Group
          aria-label={t('preview.language')}
          optionType="button"
          value={locale}
          onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'zh-CN')}
          options={SUPPORTED_LOCALES.map((value) => ({
            value,
            label: t(`preview.locales.${value}`),
          }))}
        />
        <Radio.Group
          aria-label={t('preview.device')}
          optionType="button"
          value={device}
          onChange={(event) => setDevice(event.target.value === 'phone' ? 'phone' : 'desktop')}
          options={[
            { value: 'desktop', label: t('preview.desktop') },
            { value: 'phone', label: t('preview.phone') },
          ]}
        />
      </Space>
      <div
        className={`baton-form-preview is-${device}`}
        role="region"
        aria-label={t('preview.frame')}
        lang={locale}
      >
        <I18nextProvider i18n={translator}>
          <ConfigProvider locale={locale === 'en' ? enUS : zhCN}>
            <PreviewForm form={props.form} />
          </ConfigProvider>
        </I18nextProvider>
      </div>
    </section>
  );
}
