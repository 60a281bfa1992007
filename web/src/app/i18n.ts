import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Feature } from './feature.js';
import { commonMessages } from './messages.js';

const storageKey = 'minga.locale';

export function initialLocale(): 'es' | 'en' {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(storageKey) : null;
  if (stored === 'es' || stored === 'en') return stored;
  return 'es';
}

/** Spanish (Chile) first, English second; each feature's messages live under its id. */
export function initI18n(features: Feature[]) {
  const resources = {
    es: { translation: { ...commonMessages.es } as Record<string, unknown> },
    en: { translation: { ...commonMessages.en } as Record<string, unknown> },
  };
  for (const feature of features) {
    if (!feature.messages) continue;
    resources.es.translation[feature.id] = feature.messages.es;
    resources.en.translation[feature.id] = feature.messages.en;
  }
  void i18n.use(initReactI18next).init({
    resources,
    lng: initialLocale(),
    fallbackLng: 'es',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = i18n.language === 'en' ? 'en' : 'es-CL';
  return i18n;
}

export function setLocale(locale: 'es' | 'en') {
  localStorage.setItem(storageKey, locale);
  void i18n.changeLanguage(locale);
  document.documentElement.lang = locale === 'en' ? 'en' : 'es-CL';
}
