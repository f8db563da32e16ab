/** The model check (docs/clv.md, "Backtest"): how well the lifetime-value model predicted the orders after a split date. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { isoFromDay } from '../../../domain/dates';
import { MODEL_CHECK_SHEET } from '../../../output/modelCheck';
import type { ModelCheckState } from '../../state/paneState';
import { useI18n } from '../../i18n/I18nProvider';
import { paneRefusalText } from '../../i18n/problemText';
import { Section } from '../../components/Section';

const useStyles = makeStyles({
  groups: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

export interface ModelCheckCardProps {
  check: ModelCheckState | null;
  onCheck: () => void;
}

export function ModelCheckCard({ check, onCheck }: ModelCheckCardProps) {
  const { t, number, locale } = useI18n();
  const styles = useStyles();
  const two = (x: number) => number(x, { maximumFractionDigits: 2 });
  const outcome = check?.status === 'done' ? check.outcome : null;
  const b = outcome?.ok ? outcome.backtest : null;
  return (
    <Section title={t('modelCheckTitle')}>
      <Caption1>{t('modelCheckHint')}</Caption1>
      <div>
        <Button size="small" onClick={onCheck} disabled={check?.status === 'running'}>
          {t('modelCheckRun')}
        </Button>
      </div>
      {check?.status === 'running' && <Caption1 role="status">{t('modelCheckRunning')}</Caption1>}
      {outcome && !outcome.ok && <Caption1 role="alert">{t('modelCheckRefused', { message: outcome.refusal ? paneRefusalText(outcome.refusal, locale) : outcome.message })}</Caption1>}
      {b && (
        <>
          <Caption1>
            {t('modelCheckPeriods', { from: isoFromDay(b.firstOrder), to: isoFromDay(b.calibrationEnd), holdoutFrom: isoFromDay(b.calibrationEnd + 1), holdoutTo: isoFromDay(b.holdoutEnd) })}
          </Caption1>
          <Caption1 role="status">{t('modelCheckTotal', { actual: number(b.total.actual), predicted: two(b.total.predicted) })}</Caption1>
          <Caption1>{t('modelCheckMae', { mae: two(b.meanAbsoluteError), customers: number(b.customers) })}</Caption1>
          <ul aria-label={t('modelCheckByFrequency')} className={styles.groups}>
            {b.byFrequency
              .filter((g) => g.customers > 0)
              .map((g) => (
                <li key={g.label}>{t('modelCheckGroup', { repeats: g.label, customers: number(g.customers), actual: two(g.actual / g.customers), predicted: two(g.predicted / g.customers) })}</li>
              ))}
          </ul>
          {!b.reliability.reliable && <Caption1 role="note">{t('modelCheckUnreliable')}</Caption1>}
          {check?.status === 'done' && check.written && <Caption1>{t('modelCheckWritten', { sheet: MODEL_CHECK_SHEET })}</Caption1>}
          {check?.status === 'done' && check.writeError && <Caption1 role="alert">{check.writeRefusal ? paneRefusalText(check.writeRefusal, locale) : check.writeError}</Caption1>}
        </>
      )}
    </Section>
  );
}
