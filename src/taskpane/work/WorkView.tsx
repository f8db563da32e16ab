/** The work area: sub-tabs Contracts | Follow-ups | Prospects over the workbook's owned tables. */
import { useState } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import { dayFromIso } from '../../domain/dates';
import type { ViewProps } from '../views/viewProps';
import { ContractsPanel } from './ContractsPanel';
import { FollowUpsPanel } from './FollowUpsPanel';
import { ProspectsPanel } from './ProspectsPanel';
import { today, useWorkState } from './useWorkState';
import { useWorkText } from './useWorkText';
import { useI18n } from '../i18n/I18nProvider';
import { paneRefusalText } from '../i18n/problemText';

const TABS = ['contracts', 'followUps', 'prospects'] as const;
type WorkTab = (typeof TABS)[number];
const TAB_LABEL = { contracts: 'tabContracts', followUps: 'tabFollowUps', prospects: 'tabProspects' } as const;
const TABLE_LABEL = { contracts: 'tabContracts', followUps: 'tabFollowUps', prospects: 'tabProspects' } as const;

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  tabs: { flexWrap: 'wrap' },
});

/**
 * The day the scores are as of: the last run's (or rebuilt run's) analysis date, else the saved
 * one, else today. Due and overdue are judged as of the same day as the tiers.
 */
function analysisDay(scoredAsOf: number | undefined, iso: string | null): number {
  if (scoredAsOf !== undefined && Number.isFinite(scoredAsOf)) return scoredAsOf;
  const day = iso === null ? Number.NaN : dayFromIso(iso);
  return Number.isFinite(day) ? day : today();
}

export function WorkView({ state: pane }: ViewProps) {
  const styles = useStyles();
  const { t, w } = useWorkText();
  const { locale } = useI18n();
  const [tab, setTab] = useState<WorkTab>(pane.workFocus?.tab ?? 'contracts');
  const { state, error, loading, reload } = useWorkState();

  return (
    <div className={styles.view} data-view="work">
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as WorkTab)} aria-label={t('viewTitle')}>
        {TABS.map((id) => (
          <Tab key={id} value={id}>
            {t(TAB_LABEL[id])}
          </Tab>
        ))}
      </TabList>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t('error', { message: error })}</MessageBarBody>
        </MessageBar>
      )}
      {state?.basis.refused && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('basisRefused', { message: state.basis.refusal ? paneRefusalText(state.basis.refusal, locale) : state.basis.refused })}</MessageBarBody>
        </MessageBar>
      )}
      {state?.unreadable.map((u) => (
        <MessageBar key={u.table} intent="warning">
          <MessageBarBody>
            {t('unreadableRows', { count: u.rows.length, table: t(TABLE_LABEL[u.table]) })}
            {/* A contract row's bad cells: the column by the sheet's own header, what is wrong in the pane's language. */}
            {u.rows
              .flatMap((r) => (r.problems ?? []).map((p) => t('unreadableCell', { row: r.row, column: p.column, problem: w(p.key) })))
              .slice(0, 5)
              .map((line) => (
                <div key={line}>{line}</div>
              ))}
          </MessageBarBody>
        </MessageBar>
      ))}
      {!state && loading && <Spinner size="small" label={t('loading')} />}
      {state && tab === 'contracts' && <ContractsPanel state={state} onChanged={reload} focus={pane.workFocus} />}
      {state && tab === 'followUps' && <FollowUpsPanel state={state} asOf={analysisDay(pane.result?.asOf, pane.saved.asOf)} onChanged={reload} />}
      {state && tab === 'prospects' && <ProspectsPanel state={state} onChanged={reload} />}
      <Button appearance="subtle" disabled={loading} onClick={() => void reload()}>
        {t('reload')}
      </Button>
    </div>
  );
}
