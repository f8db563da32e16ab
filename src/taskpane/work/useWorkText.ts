/** The work area's text in the pane's locale: its own catalogue plus the domain's work labels. */
import { useMemo } from 'react';
import { WORK_MESSAGES, type Bilingual, type WorkLanguage, type WorkMessageId } from '../../domain/work';
import { pickText } from '../i18n/domainText';
import { useI18n } from '../i18n/I18nProvider';
import { format, type Locale } from '../i18n/messages';
import { workEn, workZh, type WorkMessageKey } from './messages';
import { workZhHant } from './messagesHant';

const CATALOGUES: Record<Locale, Record<WorkMessageKey, string>> = { en: workEn, zh: workZh, 'zh-Hant': workZhHant };

export interface WorkText {
  /** The language of what the work area writes to sheets (the funnel chart); Traditional panes write Simplified for now. */
  language: WorkLanguage;
  t: (key: WorkMessageKey, values?: Record<string, string | number>) => string;
  /** A domain message (clause, stage, MAN play, churn advice, validation) by id. */
  w: (id: WorkMessageId) => string;
  pick: (text: Bilingual) => string;
  percent: (share: number) => string;
}

export function useWorkText(): WorkText {
  const { locale, number } = useI18n();
  return useMemo(() => {
    const catalogue = CATALOGUES[locale];
    const pick = (text: Bilingual): string => pickText(locale, text);
    return {
      language: locale === 'en' ? 'en' : 'zh-CN',
      t: (key, values) => format(catalogue[key], values),
      w: (id) => pick(WORK_MESSAGES[id]),
      pick,
      percent: (share) => number(share, { style: 'percent', maximumFractionDigits: 0 }),
    };
  }, [locale, number]);
}
