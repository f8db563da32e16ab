/** The Finance tab: payment efficiency at a glance, ageing, and the slowest payers. */
import { Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { AGEING_BUCKETS } from '../../../domain/finance/payment';
import type { ViewProps } from '../viewProps';
import { finishedRun } from '../../state/paneState';
import { countBars, financeOverview } from '../../state/selectors';
import { useI18n } from '../../i18n/I18nProvider';
import { ageingLabel } from '../../i18n/labels';
import { BarList } from '../../components/BarList';
import { Section } from '../../components/Section';
import { Stat, StatGrid } from '../../components/Stat';
import { OutstandingTable } from './OutstandingTable';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  item: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  days: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

export function FinanceView({ state, actions }: ViewProps) {
  const { t, number } = useI18n();
  const styles = useStyles();
  if (!state.result) return <Section title={t('financeTitle')}>{<Caption1>{t('previewNeedsRun')}</Caption1>}</Section>;
  const overview = financeOverview(state.result.customers);
  const none = t('none');
  const days = (v: number | null) => (v === null ? none : t('days', { days: number(v, { maximumFractionDigits: 1 }) }));
  const ageing = overview.ageing;
  const sheet = finishedRun(state)?.customerSheet ?? null;
  const rows = state.result.customerRows;
  return (
    <>
      <Section title={t('financeTitle')}>
        <StatGrid>
          <Stat label={t('meanDays')} value={days(overview.meanDays)} />
          <Stat label={t('medianDays')} value={days(overview.medianDays)} />
          <Stat label={t('onTimeShare')} value={overview.onTimeShare === null ? none : number(overview.onTimeShare, { style: 'percent' })} />
        </StatGrid>
        <Caption1>{t('customersWithPayments', { count: number(overview.customersWithPayments) })}</Caption1>
        {overview.paidBeforeDocuments > 0 && <Caption1>{t('paidBeforeDocuments', { count: number(overview.paidBeforeDocuments) })}</Caption1>}
      </Section>
      <Section title={t('ageingTitle')}>
        {ageing ? (
          <BarList
            label={t('ageingTitle')}
            bars={countBars(ageing, AGEING_BUCKETS).map((b) => ({ key: b.key, label: ageingLabel(t, b.key), value: number(b.count, { maximumFractionDigits: 0 }), fraction: b.share }))}
          />
        ) : (
          <Caption1>{t('noAgeing')}</Caption1>
        )}
      </Section>
      {ageing && (
        <Section title={t('outstandingTitle')}>
          <OutstandingTable
            customers={state.result.customers}
            onCustomer={(id) => {
              const row = rows[id];
              if (row !== undefined && sheet) actions.selectCell(sheet, `A${row}`);
            }}
          />
        </Section>
      )}
      <Section title={t('slowestTitle')}>
        <ul className={styles.list} aria-label={t('slowestTitle')}>
          {overview.slowest.map((c) => {
            const row = rows[c.customerId];
            const name = c.name ?? c.customerId;
            return (
              <li key={c.customerId} className={styles.item}>
                {row !== undefined && sheet ? (
                  <Link as="button" inline onClick={() => actions.selectCell(sheet, `A${row}`)}>
                    {name}
                  </Link>
                ) : (
                  <span>{name}</span>
                )}
                <span className={styles.days}>{days(c.meanDays)}</span>
              </li>
            );
          })}
        </ul>
      </Section>
    </>
  );
}
