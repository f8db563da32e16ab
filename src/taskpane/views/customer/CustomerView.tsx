/** The Customer tab: the customer on the row selected in Excel, and why it scored what it did. */
import { useMemo, type ReactNode } from 'react';
import { Button, Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { resolveProfile } from '../../../domain/indicators/profiles';
import type { ViewProps } from '../viewProps';
import { finishedRun } from '../../state/paneState';
import { contributionBars } from '../../state/selectors';
import { useI18n } from '../../i18n/I18nProvider';
import { useTierLabel } from '../../i18n/tierNames';
import { indicatorLabel, rfmSegmentLabel } from '../../i18n/labels';
import { BarList } from '../../components/BarList';
import { Section } from '../../components/Section';
import { Stat, StatGrid } from '../../components/Stat';
import { CustomerPicker } from '../../work/CustomerPicker';
import { useWorkText } from '../../work/useWorkText';
import { CustomerWork } from './CustomerWork';
import { PlanProgress } from './PlanProgress';
import { predictiveWarningText } from '../../../output/noticeWords';
import { LOCALE_SHEET_LANGUAGE } from '../../i18n/sheetLanguage';

const useStyles = makeStyles({
  who: { display: 'flex', flexDirection: 'column' },
  id: { color: tokens.colorNeutralForeground3 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** Finds a customer by name or id among the scored ones, and shows its row in the sheet too. */
function CustomerFinder({ state, actions }: ViewProps) {
  const { t } = useWorkText();
  const { result, selectedCustomerId } = state;
  const choices = useMemo(() => (result ? result.customers.map((c) => ({ id: c.customerId, name: c.name ?? '', owner: '' })) : []), [result]);
  if (!result) return null;
  const sheet = finishedRun(state)?.customerSheet ?? null;
  return (
    <CustomerPicker
      label={t('findCustomer')}
      customers={choices}
      value={selectedCustomerId ?? ''}
      onChange={(id) => {
        if (!choices.some((c) => c.id === id)) return;
        actions.showCustomer(id);
        const row = result.customerRows[id];
        if (row !== undefined && sheet) actions.selectCell(sheet, `A${row}`);
      }}
    />
  );
}

export function CustomerView(props: ViewProps) {
  const finder = <CustomerFinder {...props} />;
  return <CustomerCard {...props} finder={finder} />;
}

function CustomerCard({ state, actions, finder }: ViewProps & { finder: ReactNode }) {
  const { t, number, locale } = useI18n();
  const styles = useStyles();
  const tierName = useTierLabel();
  const { result, selectedCustomerId: id } = state;
  if (!result || id === null)
    return (
      <Section title={t('customerTitle')}>
        {finder}
        <Caption1>{t('customerHint')}</Caption1>
      </Section>
    );
  const customer = result.customers.find((c) => c.customerId === id);
  if (!customer)
    return (
      <Section title={t('customerTitle')}>
        {finder}
        <Caption1>{t('customerNotFound', { id })}</Caption1>
      </Section>
    );

  const profile = resolveProfile(state.saved.profileId, state.saved.customProfile);
  const labels = new Map(profile.indicators.map((d) => [d.id, indicatorLabel(t, d.id, d.label)]));
  const bars = contributionBars(customer, labels).map((b) => ({ key: b.id, label: b.label, value: t('points', { points: number(b.points, { maximumFractionDigits: 1 }) }), fraction: b.width }));
  const predicted = state.predictive?.customers[id];
  // One value basis for both lifetime values (docs/clv.md, "Value basis"), named in both labels.
  const basis = t(result.valueBasis === 'profit' ? 'basis_profit' : 'basis_sales');
  const unreliable = state.predictive?.unreliable ?? null;
  const figuresShown = unreliable === 'no-dropout';
  const none = t('none');
  const fmt = (v: number | null | undefined, digits = 0) => (v === null || v === undefined || !Number.isFinite(v) ? none : number(v, { maximumFractionDigits: digits }));
  const row = result.customerRows[id];
  const sheet = finishedRun(state)?.customerSheet ?? null;
  return (
    <>
      <Section title={t('customerTitle')}>
        {finder}
        <div className={styles.who}>
          <Text weight="semibold" size={400}>
            {customer.name ?? customer.customerId}
          </Text>
          <Caption1 className={styles.id}>
            {customer.customerId}
            {row !== undefined && sheet && (
              <>
                {' · '}
                <Link as="button" inline onClick={() => actions.selectCell(sheet, `A${row}`)}>
                  {t('goToRow')}
                </Link>
              </>
            )}
          </Caption1>
        </div>
        <StatGrid>
          <Stat label={t('score')} value={fmt(customer.score, 1)} />
          <Stat
            label={t('tier')}
            value={
              customer.status === 'rated'
                ? tierName(customer.tier)
                : t(customer.status === 'not-rated' ? 'statusNotRated' : customer.status === 'negative-net' ? 'statusNegativeNet' : 'statusNotEnoughData')
            }
          />
          <Stat label={t('coverage')} value={Number.isFinite(customer.coverage) ? number(customer.coverage, { style: 'percent', maximumFractionDigits: 0 }) : none} />
          <Stat label={t('abc')} value={customer.abc} />
          <Stat label={t('rfmSegment')} value={customer.rfm ? rfmSegmentLabel(t, customer.rfm.segment) : none} />
          <Stat label={t('orders')} value={fmt(customer.orders)} />
          <Stat label={t('sales')} value={fmt(customer.sales)} />
          <Stat label={t('clvHistorical', { basis })} value={fmt(customer.clv)} />
          {predicted && <Stat label={t('clvPredicted', { basis })} value={unreliable && !figuresShown ? t('modelNotReliable') : fmt(predicted.predictedClv)} />}
          {predicted && (
            <Stat label={t('pAlive')} value={unreliable ? t('modelNotReliable') : predicted.pAlive === null ? none : number(predicted.pAlive, { style: 'percent', maximumFractionDigits: 1 })} />
          )}
        </StatGrid>
        <Caption1>{t('clvBasisNote', { basis })}</Caption1>
        {unreliable && <Caption1 role="note">{t(`clvUnreliable_${unreliable.replace(/-/g, '_') as 'no_dropout' | 'not_converged' | 'no_repeat_buyers'}`)}</Caption1>}
        {customer.status === 'not-enough-data' && <Caption1>{t('missingInputs', { inputs: customer.missingInputs.join(', ') })}</Caption1>}
        {customer.rfm && <Caption1>{t('rfmScores', { r: customer.rfm.r, f: customer.rfm.f, m: customer.rfm.m })}</Caption1>}
        {state.predictive && state.predictive.warnings.length > 0 && <Caption1>{state.predictive.warnings.map((w) => predictiveWarningText(w, LOCALE_SHEET_LANGUAGE[locale])).join(' ')}</Caption1>}
        {!state.predictive && (
          <Button size="small" onClick={() => void actions.predict()}>
            {t('predictClv')}
          </Button>
        )}
        <h3 className={styles.subheading}>{t('whyTitle')}</h3>
        {bars.length > 0 ? <BarList bars={bars} label={t('whyTitle')} /> : <Caption1>{t('noContributions')}</Caption1>}
        {state.planProgress.length > 0 && <PlanProgress customerId={customer.customerId} progress={state.planProgress} notices={state.planNotices} />}
      </Section>
      <CustomerWork customerId={id} asOf={result.asOf} actions={actions} runKey={result} />
    </>
  );
}
