import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { format, INTL_LOCALE, loadCatalogue, loadedCatalogue, type Catalogue, type Locale, type MessageKey } from './messages';

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** Numbers and dates in the pane's locale. */
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
}

const I18nContext = createContext<I18n | null>(null);

type Shown = { locale: Locale; catalogue: Catalogue };

/**
 * The pane's language. A catalogue that is not loaded yet (Traditional Chinese: messages.ts) is
 * fetched first: the pane keeps its current language until it arrives, and renders nothing before
 * its first one (the entry loads the opening language before rendering, so that wait is not seen).
 */
export function I18nProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const [shown, setShown] = useState<Shown | null>(() => {
    const catalogue = loadedCatalogue(initialLocale);
    return catalogue ? { locale: initialLocale, catalogue } : null;
  });
  const wanted = useRef(initialLocale);
  const setLocale = useCallback((locale: Locale) => {
    wanted.current = locale;
    const catalogue = loadedCatalogue(locale);
    if (catalogue) {
      setShown({ locale, catalogue });
      return;
    }
    loadCatalogue(locale).then(
      (loaded) => wanted.current === locale && setShown({ locale, catalogue: loaded }),
      // The chunk did not arrive (the add-in's host unreachable): the pane stays in its language.
      (error: unknown) => console.error(error),
    );
  }, []);
  // The first language, when it was not loaded before the first render; later ones come through setLocale.
  useEffect(() => {
    if (!shown) setLocale(initialLocale);
  }, [shown, initialLocale, setLocale]);
  const value = useMemo<I18n | null>(() => {
    if (!shown) return null;
    const { locale, catalogue } = shown;
    const intlLocale = INTL_LOCALE[locale];
    return {
      locale,
      setLocale,
      t: (key, values) => format(catalogue[key], values),
      number: (n, options) => new Intl.NumberFormat(intlLocale, options).format(n),
    };
  }, [shown, setLocale]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>.');
  return value;
}
