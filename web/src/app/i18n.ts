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

const features = new Map<string, Feature>();
const loaded = new Map<string, Promise<void>>();

/**
 * Spanish (Chile) first, English second. The common messages are there from the start; each
 * feature's live under its id and arrive with its screens (`loadMessages`).
 */
export function initI18n(all: Feature[]) {
  for (const feature of all) features.set(feature.id, feature);
  void i18n.use(initReactI18next).init({
    resources: {
      es: { translation: { ...commonMessages.es } },
      en: { translation: { ...commonMessages.en } },
    },
    lng: initialLocale(),
    fallbackLng: 'es',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = i18n.language === 'en' ? 'en' : 'es-CL';
  return i18n;
}

/** Fetches (once) the messages of these features and of the features they use. */
export function loadMessages(ids: string[]): Promise<void> {
  const wanted = new Set<string>();
  const add = (id: string) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    for (const other of features.get(id)?.uses ?? []) add(other);
  };
  for (const id of ids) add(id);
  return Promise.all(
    [...wanted].map((id) => {
      let loading = loaded.get(id);
      if (!loading) {
        const load = features.get(id)?.messages;
        loading = (load ? load() : Promise.resolve(null)).then((messages) => {
          if (!messages) return;
          i18n.addResourceBundle('es', 'translation', { [id]: messages.es }, true, true);
          i18n.addResourceBundle('en', 'translation', { [id]: messages.en }, true, true);
        });
        // A failed fetch (the network) is tried again by the next screen that needs it.
        loading.catch(() => loaded.delete(id));
        loaded.set(id, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
}

export function setLocale(locale: 'es' | 'en') {
  localStorage.setItem(storageKey, locale);
  void i18n.changeLanguage(locale);
  document.documentElement.lang = locale === 'en' ? 'en' : 'es-CL';
}
