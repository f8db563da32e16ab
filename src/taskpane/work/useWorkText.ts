/** The work area's text in the pane's locale: its own catalogue plus the domain's work labels. */
import { useMemo } from 'react';
import { WORK_MESSAGES, type Bilingual, type WorkLanguage, type WorkMessageId } from '../../domain/work';
import { useI18n } from '../i18n/I18nProvider';
import { format } from '../i18n/messages';
import { workEn, workZh, type WorkMessageKey } from './messages';

export interface WorkText {
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
    const zh = locale === 'zh';
    const catalogue = zh ? workZh : workEn;
    const pick = (text: Bilingual): string => (zh ? text.zh : text.en);
    return {
      language: zh ? 'zh-CN' : 'en',
      t: (key, values) => format(catalogue[key], values),
      w: (id) => pick(WORK_MESSAGES[id]),
      pick,
      percent: (share) => number(share, { style: 'percent', maximumFractionDigits: 0 }),
    };
  }, [locale, number]);
}
