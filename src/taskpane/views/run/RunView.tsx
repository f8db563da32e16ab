/** The Run tab: find sheets, confirm the mapping, run, and read the result. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { finishedRun, type PaneState } from '../../state/paneState';
import type { PaneActions } from '../../state/usePane';
import { useI18n } from '../../i18n/I18nProvider';
import { Section } from '../../components/Section';
import { HandMappingCard } from './HandMappingCard';
import { MappingCard } from './MappingCard';
import { RunCard } from './RunCard';
import { SummaryCard } from './SummaryCard';
import { ModelCheckCard } from './ModelCheckCard';
import { paneSheetLanguage } from '../../i18n/sheetLanguage';
import { OwnedColumnsCard } from './OwnedColumnsCard';
import { paneRefusalText } from '../../i18n/problemText';

const useStyles = makeStyles({
  sheets: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  restored: { paddingInline: tokens.spacingHorizontalS },
});

export function RunView({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const { t, locale } = useI18n();
  const run = finishedRun(state);
  const styles = useStyles();
  const { sheets, detection } = state;
  // The workbook's language as a run decides it: the saved choice, else the order headers', else the pane's.
  const autoLanguage = paneSheetLanguage(null, state.headers.orders, locale);
  const language = state.saved.sheetLanguage ?? autoLanguage;
  return (
    <>
      <Section title={t('sheetsLabel')}>
        <div className={styles.buttons}>
          <Button onClick={() => void actions.findSheets()}>{t('findSheets')}</Button>
          <Button onClick={() => void actions.detect()} disabled={state.status === 'detecting' || state.status === 'running'}>
            {t('detectColumns')}
          </Button>
        </div>
        {sheets && (
          <ul aria-label={t('sheetsLabel')} className={styles.sheets}>
            {sheets.map((s) => (
              <li key={s.name}>{t('sheetSize', { name: s.name, rows: s.rows, columns: s.columns })}</li>
            ))}
          </ul>
        )}
        {state.status === 'detecting' && <Caption1 role="status">{t('detecting')}</Caption1>}
        {detection?.refused && <Caption1 role="alert">{detection.refused.refusal ? paneRefusalText(detection.refused.refusal, locale) : detection.refused.message}</Caption1>}
      </Section>
      {state.handMapping && <HandMappingCard sheets={state.sheets} actions={actions} />}
      {detection && state.mapping && (
        <MappingCard
          detection={detection}
          headers={state.headers}
          mapping={state.mapping}
          confirmed={state.mappingConfirmed}
          onColumn={actions.setMappingColumn}
          onConfirm={() => void actions.confirmMapping()}
        />
      )}
      <RunCard
        status={state.status}
        progress={state.progress}
        outcome={state.handMapping ? null : state.outcome}
        customers={state.result?.customers.length ?? null}
        canRun={state.status !== 'detecting'}
        analysisDate={state.saved.asOf}
        onAnalysisDate={(iso) => void actions.setAnalysisDate(iso)}
        sheetLanguage={state.saved.sheetLanguage}
        autoSheetLanguage={autoLanguage}
        onSheetLanguage={(l) => void actions.setSheetLanguage(l)}
        onRun={() => void actions.run()}
        onCancel={actions.cancel}
      />
      {state.restored && (
        <Caption1 role="status" className={styles.restored}>
          {t('restoredRun', { date: state.restored.asOf })}
        </Caption1>
      )}
      {state.result && run && (
        <SummaryCard
          result={state.result}
          problems={run.problems}
          problemCount={run.problemCount}
          {...(run.mappingNotes ? { mappingNotes: run.mappingNotes } : {})}
          {...(run.inputNotes ? { inputNotes: run.inputNotes } : {})}
          {...(run.productNotices ? { productNotices: run.productNotices } : {})}
          onSelectCell={actions.selectCell}
        />
      )}
      <OwnedColumnsCard
        actions={actions}
        runKey={`${state.mapping?.customers?.sheet ?? ''}|${state.outcome?.ok ? state.outcome.summary.runId : (state.restored?.asOf ?? '')}`}
        stayedBeside={state.outcome?.ok === true && state.outcome.summary.tablePlacementNote === 'data-right-of-table'}
        filterNote={state.outcome?.ok === true ? state.outcome.summary.ownedFilter : undefined}
        busy={state.status === 'running' || state.status === 'detecting'}
      />
      {state.result && run && state.saved.predictive.enabled && <ModelCheckCard check={state.modelCheck} onCheck={() => void actions.checkModel(language)} />}
    </>
  );
}
