/**
 * The confirmation (or error) of one form, shown right below that form: a save confirms next to
 * the form that saved, not at the top of the view. Each form keeps its own.
 */
import { useCallback, useMemo, useState } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { errorText } from './useWorkState';
import { useWorkText } from './useWorkText';
import { useI18n } from '../i18n/I18nProvider';
import { excelErrorOf, type ExcelErrorFacts } from '../i18n/excelErrorText';
import { ExcelSaid } from '../components/ExcelSaid';

export interface NoticeText {
  intent: 'success' | 'error';
  text: string;
  /** An error Excel threw: its own text, shown beneath. */
  excel?: ExcelErrorFacts | null;
}

export interface FormNoticeHandle {
  notice: NoticeText | null;
  /** Shows `text` as a success, then reloads the work state. */
  onSaved: (text: string) => Promise<void>;
  onError: (e: unknown) => void;
  clear: () => void;
}

export function useFormNotice(onChanged: () => Promise<void>): FormNoticeHandle {
  const { t } = useWorkText();
  const { locale } = useI18n();
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const onSaved = useCallback(
    async (text: string) => {
      setNotice({ intent: 'success', text });
      await onChanged();
    },
    [onChanged],
  );
  const onError = useCallback((e: unknown) => setNotice({ intent: 'error', text: t('error', { message: errorText(e, locale) }), excel: excelErrorOf(e) }), [t, locale]);
  const clear = useCallback(() => setNotice(null), []);
  return useMemo(() => ({ notice, onSaved, onError, clear }), [notice, onSaved, onError, clear]);
}

export function FormNotice({ notice }: { notice: NoticeText | null }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} data-notice={notice.intent}>
      <MessageBarBody>
        {notice.text}
        <ExcelSaid error={notice.excel} />
      </MessageBarBody>
    </MessageBar>
  );
}
