/**
 * Where the Tiers columns go and how to take them out: when the customer data is an Excel table,
 * the offer to write them as columns of that table (a workbook setting, used from the next run);
 * and "Remove Tiers columns", which deletes only ours (docs/adapter.md, "Owned columns in a table").
 */
import { useCallback, useEffect, useState } from 'react';
import { Button, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n/I18nProvider';
import { excelErrorText } from '../../i18n/excelErrorText';
import { ExcelSaid } from '../../components/ExcelSaid';
import { FAULT_KEYS } from '../../i18n/faultText';
import type { PaneFault } from '../../../worker/faults';
import type { PaneActions } from '../../state/usePane';
import type { PlacementInfo, RunSummary } from '../../services/workbookPort';

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
});

type Said = { key: 'ownedRemoved'; count: number; sheet: string } | { key: 'ownedNoneFound' } | { key: 'ownedFailed'; message: string; code?: string; fault?: PaneFault } | null;

export interface OwnedColumnsCardProps {
  actions: PaneActions;
  /** Changes after every run (a run can add the columns or keep them beside the table). */
  runKey: string | null;
  stayedBeside: boolean;
  /** What the last run did to the sheet's AutoFilter over a plain range (ownedFilter.ts). */
  filterNote?: RunSummary['ownedFilter'] | undefined;
  busy: boolean;
}

export function OwnedColumnsCard({ actions, runKey, stayedBeside, filterNote, busy }: OwnedColumnsCardProps) {
  const { t, number, locale } = useI18n();
  const styles = useStyles();
  const [info, setInfo] = useState<PlacementInfo | null>(null);
  const [working, setWorking] = useState(false);
  const [said, setSaid] = useState<Said>(null);

  const refresh = useCallback(async () => {
    try {
      setInfo(await actions.ownedPlacement());
    } catch {
      setInfo(null);
    }
  }, [actions]);
  useEffect(() => {
    void refresh();
  }, [refresh, runKey]);

  if (!info || !info.customerSheet) return null;
  const onPlacement = async (together: boolean) => {
    // The box shows the choice at once; the workbook's setting follows (and wins if the save fails).
    // Together with the rows: as table columns on a table, under one AutoFilter on a plain range.
    const placement = !together ? 'beside' : info.table ? 'table' : 'filter';
    setInfo({ ...info, placement });
    setWorking(true);
    const outcome = await actions.setOwnedPlacement(placement);
    setSaid(outcome.ok ? null : { key: 'ownedFailed', message: outcome.message, ...(outcome.code ? { code: outcome.code } : {}), ...(outcome.fault ? { fault: outcome.fault } : {}) });
    await refresh();
    setWorking(false);
  };
  const onRemove = async () => {
    setWorking(true);
    const outcome = await actions.removeOwnedColumns();
    if (!outcome.ok) setSaid({ key: 'ownedFailed', message: outcome.message, ...('fault' in outcome ? { fault: outcome.fault } : { code: outcome.code }) });
    else if (outcome.removed === 0) setSaid({ key: 'ownedNoneFound' });
    else setSaid({ key: 'ownedRemoved', count: outcome.removed, sheet: outcome.sheet ?? info.customerSheet ?? '' });
    await refresh();
    setWorking(false);
  };
  const text = (s: NonNullable<Said>) =>
    s.key === 'ownedRemoved'
      ? t('ownedRemoved', { count: number(s.count), sheet: s.sheet })
      : s.key === 'ownedFailed'
        ? t('ownedFailed', { message: s.fault ? t(FAULT_KEYS[s.fault]) : s.code ? excelErrorText(s.code, locale) : s.message })
        : t('ownedNoneFound');
  return (
    <Section title={t('ownedTitle')}>
      {info.table ? (
        <>
          <Checkbox checked={info.placement === 'table'} disabled={working || busy} label={t('ownedInTable', { table: info.table })} onChange={(_, data) => void onPlacement(data.checked === true)} />
          <Caption1 className={styles.hint}>{t('ownedInTableHint')}</Caption1>
          {stayedBeside && info.placement === 'table' && <Caption1 role="status">{t('ownedStayedBeside')}</Caption1>}
        </>
      ) : (
        <>
          <Caption1>{t('ownedBeside', { sheet: info.customerSheet })}</Caption1>
          {info.filter !== undefined && (
            <>
              <Checkbox
                checked={info.placement === 'filter'}
                disabled={working || busy || info.ownedColumns === 0}
                label={t('ownedInFilter', { sheet: info.customerSheet })}
                onChange={(_, data) => void onPlacement(data.checked === true)}
              />
              <Caption1 className={styles.hint}>{t('ownedInFilterHint')}</Caption1>
            </>
          )}
          {filterNote?.kind === 'widened' && filterNote.criteria > 0 ? (
            <Caption1 role="status">{t('ownedFilterWidened', { sheet: info.customerSheet, address: filterNote.address, count: number(filterNote.criteria) })}</Caption1>
          ) : filterNote?.kind === 'elsewhere' ? (
            <Caption1 role="status">{t('ownedFilterElsewhere', { address: filterNote.address })}</Caption1>
          ) : filterNote?.kind === 'failed' ? (
            <>
              <Caption1 role="alert">{t('ownedFilterFailed', { sheet: info.customerSheet, message: excelErrorText(filterNote.code, locale) })}</Caption1>
              <ExcelSaid error={filterNote} />
            </>
          ) : (
            info.filter?.coversOwned && <Caption1 role="status">{t('ownedFilterCovers', { address: info.filter.address })}</Caption1>
          )}
        </>
      )}
      <div className={styles.row}>
        <Button onClick={() => void onRemove()} disabled={working || busy || info.ownedColumns === 0}>
          {t('ownedRemove')}
        </Button>
      </div>
      {said && (
        <Caption1 role={said.key === 'ownedFailed' ? 'alert' : 'status'} data-testid="owned-columns-said">
          {text(said)}
        </Caption1>
      )}
      {said?.key === 'ownedFailed' && said.code && <ExcelSaid error={{ code: said.code, message: said.message }} />}
    </Section>
  );
}
