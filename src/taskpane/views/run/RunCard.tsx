/** Run and Cancel, with one determinate progress bar per stage. */
import { Button, Caption1, Field, Input, makeStyles, ProgressBar, Select, tokens } from '@fluentui/react-components';
import type { SheetLanguage } from '../../../output/language';
import { isSheetLanguage, SHEET_LANGUAGES } from '../../../output/sheetWords';
import { RUN_STAGES, type RunStage } from '../../services/workbookPort';
import { runStatusOf, type PaneRunOutcome, type RunStatus } from '../../state/paneState';
import { useI18n } from '../../i18n/I18nProvider';
import type { Locale, MessageKey } from '../../i18n/messages';
import { paneRefusalText } from '../../i18n/problemText';
import { excelErrorText, type ExcelErrorFacts } from '../../i18n/excelErrorText';
import { FAULT_KEYS } from '../../i18n/faultText';
import { Section } from '../../components/Section';
import { ExcelSaid } from '../../components/ExcelSaid';

const STAGE_LABEL: Record<RunStage, MessageKey> = { reading: 'stageReading', scoring: 'stageScoring', writing: 'stageWriting' };

export interface RunCardProps {
  status: RunStatus;
  progress: Record<RunStage, number>;
  outcome: PaneRunOutcome | null;
  customers: number | null;
  canRun: boolean;
  /** The saved analysis date (ISO), or null for "today". */
  analysisDate: string | null;
  onAnalysisDate: (iso: string | null) => void;
  /** The workbook language saved (null: automatic) and the one a run would use now. */
  sheetLanguage: SheetLanguage | null;
  autoSheetLanguage: SheetLanguage;
  onSheetLanguage: (language: SheetLanguage | null) => void;
  onRun: () => void;
  onCancel: () => void;
}

const useStyles = makeStyles({
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

export function outcomeText(t: ReturnType<typeof useI18n>['t'], outcome: PaneRunOutcome, customers: number | null, locale: Locale = 'en'): string {
  if (outcome.ok) return t('runDone', { customers: customers ?? 0 });
  if (outcome.kind === 'cancelled') return t('runCancelled');
  if (outcome.kind === 'refused' && outcome.currencies)
    return t('currenciesWithoutRates', { count: outcome.currencies.found.length, found: outcome.currencies.found.join(', '), missing: outcome.currencies.missing.join(', ') });
  if ((outcome.kind === 'refused' || outcome.kind === 'no-data') && outcome.refusal) return t('runFailed', { message: paneRefusalText(outcome.refusal, locale) });
  // Excel's error by its code, in the pane's language; Excel's own text is the detail line (outcomeExcelError).
  if (outcome.kind === 'excel-error') return t(outcome.stale ? 'runExcelStoppedStale' : 'runExcelStopped', { reason: excelErrorText(outcome.error.code, locale) });
  if (outcome.kind === 'pane-error' && outcome.fault) return t('runFailed', { message: t(FAULT_KEYS[outcome.fault]) });
  if (outcome.kind === 'pane-error' && outcome.error) return t('runFailed', { message: excelErrorText(outcome.error.code, locale) });
  return t('runFailed', { message: outcome.message });
}

/** The error Excel gave for a failed run, whose own text the pane shows beneath its sentence; null for none. */
export function outcomeExcelError(outcome: PaneRunOutcome): ExcelErrorFacts | null {
  if (outcome.ok) return null;
  if (outcome.kind === 'excel-error') return outcome.error;
  return outcome.kind === 'pane-error' ? (outcome.error ?? null) : null;
}

export function RunCard({ status, progress, outcome, customers, canRun, analysisDate, onAnalysisDate, sheetLanguage, autoSheetLanguage, onSheetLanguage, onRun, onCancel }: RunCardProps) {
  const { t, number, locale } = useI18n();
  const styles = useStyles();
  const busy = status === 'running' || status === 'cancelling';
  return (
    <Section title={t('runTitle')}>
      <Field label={t('analysisDate')} hint={t('analysisDateHint')} size="small">
        <Input type="date" value={analysisDate ?? ''} disabled={busy} onChange={(_, data) => onAnalysisDate(/^\d{4}-\d{2}-\d{2}$/.test(data.value) ? data.value : null)} />
      </Field>
      <Field label={t('sheetLanguage')} hint={t('sheetLanguageHint')} size="small">
        <Select size="small" value={sheetLanguage ?? 'auto'} disabled={busy} onChange={(_, data) => onSheetLanguage(isSheetLanguage(data.value) ? data.value : null)}>
          <option value="auto">{t('sheetLanguageAuto', { language: t(`sheetLanguage_${autoSheetLanguage}`) })}</option>
          {SHEET_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`sheetLanguage_${l}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onRun} disabled={busy || !canRun}>
          {t('runButton')}
        </Button>
        <Button onClick={onCancel} disabled={status !== 'running'}>
          {t('cancelButton')}
        </Button>
      </div>
      {(busy || outcome) &&
        RUN_STAGES.map((stage) => (
          <Field key={stage} label={t(STAGE_LABEL[stage])} size="small" hint={number(progress[stage], { style: 'percent' })}>
            <ProgressBar value={progress[stage]} max={1} thickness="large" aria-label={t(STAGE_LABEL[stage])} />
          </Field>
        ))}
      {status === 'cancelling' && <Caption1 role="status">{t('cancelling')}</Caption1>}
      {outcome && !busy && <Caption1 role={runStatusOf(outcome) === 'failed' ? 'alert' : 'status'}>{outcomeText(t, outcome, customers, locale)}</Caption1>}
      {outcome && !busy && <ExcelSaid error={outcomeExcelError(outcome)} />}
    </Section>
  );
}
