/** The result: customers per tier and per ABC class, and the problems, each linked to its cell. */
import { Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ABC_CLASSES } from '../../../domain/segments/abc';
import { TIER_NAMES } from '../../../domain/segments/tiers';
import type { ScoringSummary } from '../../../worker/protocol';
import type { ProblemLink } from '../../services/workbookPort';
import { countBars } from '../../state/selectors';
import { useI18n } from '../../i18n/I18nProvider';
import { useTierLabel } from '../../i18n/tierNames';
import { analysisDateText } from '../../i18n/labels';
import { LOCALE_SHEET_LANGUAGE } from '../../i18n/sheetLanguage';
import { scoringNoticeText } from '../../../output/noticeWords';
import { paneProblemText } from '../../i18n/problemText';
import { scoringNoticeEnglish } from '../../../domain/score';
import { studyNoticeEnglish, type StudyNotice } from '../../../domain/studyNotices';
import { studyNoticeText } from '../../../output/studyNoticeWords';
import { conversionNote, type MappingNote } from '../../../domain/mapping/mappingNotes';
import { mappingNoteText } from '../../../output/mappingNoteWords';
import { inputNoteText, type InputNote } from '../../../output/inputNoteWords';
import { fieldName } from '../../i18n/domainText';
import { BarList } from '../../components/BarList';
import { Section } from '../../components/Section';

const SHOWN_PROBLEMS = 20;

export interface SummaryCardProps {
  result: ScoringSummary;
  problems: readonly ProblemLink[];
  problemCount: number;
  /** The run's notes on its mapping (duplicate headers, a rates sheet's rows ...); the conversion is said from `result.currency`. */
  mappingNotes?: readonly MappingNote[];
  /** What reading the workbook found (a hidden sheet read, a saved mapping dropped ...), as codes. */
  inputNotes?: readonly InputNote[];
  /** The product ranking's notes (StudyNotice codes), worded as on the products sheet. */
  productNotices?: readonly StudyNotice[];
  onSelectCell: (sheet: string, address: string) => void;
}

const useStyles = makeStyles({
  problems: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, maxHeight: '14rem', overflowY: 'auto' },
  problem: { fontSize: tokens.fontSizeBase200 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export function SummaryCard({ result, problems, problemCount, mappingNotes = [], inputNotes = [], productNotices = [], onSelectCell }: SummaryCardProps) {
  const { t, number, locale } = useI18n();
  const styles = useStyles();
  const tierName = useTierLabel();
  // The run's own notices and the seasonal index's and survey's notes in the pane's language; any other note as written.
  const notices = result.notices;
  const studyNotices = result.studyNotices ?? [];
  const english = new Set([...notices.map(scoringNoticeEnglish), ...studyNotices.map(studyNoticeEnglish)]);
  const language = LOCALE_SHEET_LANGUAGE[locale];
  const noteWords = { number: (n: number) => number(n), fieldWord: (field: string) => fieldName(locale, field) };
  const warnings = [
    ...inputNotes.map((n) => inputNoteText(n, language, noteWords.fieldWord)),
    ...mappingNotes.filter((n) => n.code !== 'currency-converted').map((n) => mappingNoteText(n, language, noteWords)),
    ...result.warnings.filter((w) => !english.has(w)),
    ...[...studyNotices, ...productNotices].map((n) => studyNoticeText(n, language)),
    ...notices.filter((n) => n.code !== 'analysis-date-after-last-order').map((n) => scoringNoticeText(n, LOCALE_SHEET_LANGUAGE[locale])),
  ];
  const tiers = countBars(result.tierCounts, TIER_NAMES).map((b) => ({ key: b.key, label: tierName(b.key), value: number(b.count), fraction: b.share }));
  const abc = countBars(result.abcCounts, ABC_CLASSES).map((b) => ({ key: b.key, label: t('abcClass', { name: b.key }), value: number(b.count), fraction: b.share }));
  return (
    <Section title={t('summaryTitle')}>
      <Caption1>{analysisDateText(t, result.analysisDate)}</Caption1>
      <Caption1>
        {t('ratingCounts', { notRated: number(result.customers.filter((c) => c.status === 'not-rated').length), thin: number(result.customers.filter((c) => c.status === 'not-enough-data').length) })}
      </Caption1>
      {result.returns && result.returns.negativeNet > 0 && <Caption1>{t('negativeNetCount', { count: number(result.returns.negativeNet) })}</Caption1>}
      {result.orderLines && (
        <Caption1>
          {t('orderLinesRead', { lines: number(result.orderLines.lines), orders: number(result.orderLines.orders) })}
          {result.orderLines.productTypesFrom !== 'column' && ` ${t(result.orderLines.productTypesFrom === 'product' ? 'orderLinesProductTypes_product' : 'orderLinesProductTypes_productLine')}`}
        </Caption1>
      )}
      {result.currency && <Caption1>{mappingNoteText(conversionNote(result.currency), language, noteWords)}</Caption1>}
      {result.returns && result.returns.rows > 0 && <Caption1>{t('returnsRead', { rows: number(result.returns.rows), amount: number(result.returns.amount) })}</Caption1>}
      <h3 className={styles.subheading}>{t('byTier')}</h3>
      <BarList bars={tiers} label={t('byTier')} />
      <h3 className={styles.subheading}>{t('byAbc')}</h3>
      <BarList bars={abc} label={t('byAbc')} />
      <h3 className={styles.subheading}>{t('problemsTitle', { count: number(problemCount) })}</h3>
      {problems.length === 0 ? (
        <Caption1>{t('noProblems')}</Caption1>
      ) : (
        <ul className={styles.problems} aria-label={t('problemsTitle', { count: problemCount })}>
          {problems.slice(0, SHOWN_PROBLEMS).map((p, k) => (
            <li key={k} className={styles.problem}>
              {p.address ? (
                <Link as="button" inline onClick={() => onSelectCell(p.sheet, p.address as string)}>
                  {t('problemAt', { sheet: p.sheet, row: p.row })}
                </Link>
              ) : (
                <Text size={200}>{t('problemAt', { sheet: p.sheet, row: p.row })}</Text>
              )}
              {p.column ? ` · ${p.column}` : ''}
              {t('problemReason', { reason: paneProblemText(p, locale) })}
            </li>
          ))}
        </ul>
      )}
      {problemCount > SHOWN_PROBLEMS && <Caption1>{t('moreProblems', { count: number(problemCount - SHOWN_PROBLEMS) })}</Caption1>}
      {warnings.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t('warningsTitle')}</h3>
          <ul className={styles.problems}>
            {warnings.map((w, k) => (
              <li key={k} className={styles.problem}>
                {w}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
