import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/i18n';

/** Switches the interface between Vietnamese and English (remembered on this device). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Language = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={current}
      onChange={(value) => void i18n.changeLanguage(value)}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: (
          <span title={t(`language.${language}Name`)} lang={language}>
            {t(`language.${language}`)}
          </span>
        ),
      }))}
    />
  );
}
