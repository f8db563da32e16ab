/**
 * Actual against plan for one customer (docs/plans.md): per plan month the target, the sales so
 * far, and the gap in amount and percent; a month not begun shows its target only, its actual
 * "not yet" and gap blank. Self-contained: it reads the last run's plan progress.
 */
import { Caption1, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { monthText } from '../../../domain/plans/months';
import { monthBegun, type PlanProgress as Progress } from '../../../domain/plans/table';
import type { StudyNotice } from '../../../domain/studyNotices';
import { studyNoticeText } from '../../../output/studyNoticeWords';
import { useI18n } from '../../i18n/I18nProvider';
import { LOCALE_SHEET_LANGUAGE } from '../../i18n/sheetLanguage';

const useStyles = makeStyles({
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  behind: { color: tokens.colorPaletteRedForeground1 },
  notYet: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

/** `notices`: the last run's plan notices; this customer's (a short history scaled up to a year) are shown under its plan. */
export function PlanProgress({ customerId, progress, notices = [] }: { customerId: string; progress: readonly Progress[]; notices?: readonly StudyNotice[] }) {
  const { t, number, locale } = useI18n();
  const styles = useStyles();
  const rows = progress.filter((p) => p.customerId === customerId);
  const own = notices.filter((n) => n.code === 'plans-short-history' && n.customerId === customerId);
  const amount = (x: number) => number(x, { maximumFractionDigits: 0 });
  return (
    <section aria-label={t('planTitle')}>
      <h3 className={styles.subheading}>{t('planTitle')}</h3>
      {rows.length === 0 ? (
        <Caption1>{t('planNone')}</Caption1>
      ) : (
        <Table size="extra-small" aria-label={t('planTitle')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('planMonth')}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t('planTarget')}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t('planActual')}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t('planGap')}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t('planGapPct')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((p) =>
              monthBegun(p) ? (
                <TableRow key={p.month}>
                  <TableCell>{monthText(p.month)}</TableCell>
                  <TableCell className={styles.number}>{amount(p.target)}</TableCell>
                  <TableCell className={styles.number}>{amount(p.actual)}</TableCell>
                  <TableCell className={mergeClasses(styles.number, p.gapAmount < 0 && styles.behind)}>{amount(p.gapAmount)}</TableCell>
                  <TableCell className={styles.number}>{p.gapPct === null ? t('none') : number(p.gapPct, { style: 'percent', maximumFractionDigits: 0 })}</TableCell>
                </TableRow>
              ) : (
                // Not begun: the target only; no actual of 0 and no gap of minus the target.
                <TableRow key={p.month} title={t('planNotYetTitle')}>
                  <TableCell>{monthText(p.month)}</TableCell>
                  <TableCell className={styles.number}>{amount(p.target)}</TableCell>
                  <TableCell className={mergeClasses(styles.number, styles.notYet)}>{t('planNotYet')}</TableCell>
                  <TableCell className={styles.number} />
                  <TableCell className={styles.number} />
                </TableRow>
              ),
            )}
          </TableBody>
        </Table>
      )}
      {own.map((n, k) => (
        <Caption1 key={k}>{studyNoticeText(n, LOCALE_SHEET_LANGUAGE[locale])}</Caption1>
      ))}
    </section>
  );
}
