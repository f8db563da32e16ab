import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { catalogues, format, INTL_LOCALE, type Locale, type MessageKey } from './messages';

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** Numbers and dates in the pane's locale. */
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const value = useMemo<I18n>(() => {
    const catalogue = catalogues[locale];
    const intlLocale = INTL_LOCALE[locale];
    return {
      locale,
      setLocale,
      t: (key, values) => format(catalogue[key], values),
      number: (n, options) => new Intl.NumberFormat(intlLocale, options).format(n),
    };
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>.');
  return value;
}
