/** Loads the work area's records from the workbook and reloads them after each change. */
import { useCallback, useEffect, useState } from 'react';
import type { Refusal } from '../../domain/refusals';
import { useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/messages';
import { paneRefusalText } from '../i18n/problemText';
import { excelErrorOf, excelErrorText } from '../i18n/excelErrorText';
import { useWorkPort, type WorkState } from '../services/workPort';

export interface WorkStateHandle {
  state: WorkState | null;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/** An error as the pane says it: a refusal or an error Excel threw in the pane's language, else the error's own message. */
export function errorText(e: unknown, locale: Locale): string {
  const refusal = (e as { refusal?: Refusal } | null)?.refusal;
  if (refusal && typeof refusal.code === 'string') return paneRefusalText(refusal, locale);
  const excel = excelErrorOf(e);
  if (excel) return excelErrorText(excel.code, locale);
  return e instanceof Error ? e.message : String(e);
}

export function useWorkState(): WorkStateHandle {
  const work = useWorkPort();
  const { locale } = useI18n();
  const [state, setState] = useState<WorkState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setState(await work.loadWorkState());
      setError(null);
    } catch (e) {
      setError(errorText(e, locale));
    } finally {
      setLoading(false);
    }
  }, [work, locale]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, error, loading, reload };
}

/** Today as a day number (days since 1970-01-01 UTC). */
export const today = (): number => Math.floor(Date.now() / 86_400_000);
