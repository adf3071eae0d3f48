import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import vi from '../locales/vi.json';

/** Languages of the interface, Vietnamese first. */
export const LANGUAGES = ['vi', 'en'] as const;
/** One of `LANGUAGES`. */
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'phoihop.language';

/** The language chosen earlier on this device, else Vietnamese. */
function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // Storage blocked: use the default.
  }
  return 'vi';
}

/**
 * Starts i18next with both locale files bundled (they are small) and keeps
 * `<html lang>`, the page title and the stored choice in step with the language.
 */
export function initI18n(): typeof i18next {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    document.title = i18next.t('app.name');
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Not remembered: fine.
    }
  });
  void i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: 'vi',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}
