/** What the draft would do: the new tier distribution and the old x new tier matrix. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { TIER_NAMES } from '../../../domain/segments/tiers';
import type { PreviewResult } from '../../../worker/protocol';
import { countBars } from '../../state/selectors';
import { useI18n } from '../../i18n/I18nProvider';
import { useTierLabel } from '../../i18n/tierNames';
import { BarList } from '../../components/BarList';
import { Section } from '../../components/Section';

const ROWS: readonly (string | null)[] = [...TIER_NAMES, null];

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase100, fontVariantNumeric: 'tabular-nums' },
  // Marked like a pending change: a bar at the start, the text in the body colour (contrast).
  draft: {
    display: 'block',
    fontStyle: 'italic',
    color: tokens.colorNeutralForeground1,
    borderInlineStartWidth: '3px',
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorPaletteMarigoldBorderActive,
    paddingInlineStart: tokens.spacingHorizontalS,
  },
  caption: { textAlign: 'start', color: tokens.colorNeutralForeground3, paddingBottom: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'end', padding: '2px 3px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  head: { textAlign: 'end', padding: '2px 3px', fontWeight: tokens.fontWeightSemibold, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  rowHead: { textAlign: 'start', padding: '2px 3px', fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  same: { backgroundColor: tokens.colorNeutralBackground3 },
  up: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  down: { backgroundColor: tokens.colorPaletteRedBackground1 },
});

/** A column heading short enough for seven columns in a narrow pane; the full name stays available. */
function shortName(label: string): string {
  return label.length <= 2 ? label : label.slice(0, 1);
}

/** `draftNames`: the tiers are named as the manager is typing (TierNamesContext), not as applied; the card says so. */
export function PreviewCard({ preview, before, draftNames = false }: { preview: PreviewResult; before: Readonly<Record<string, number>>; draftNames?: boolean }) {
  const { t, number } = useI18n();
  const styles = useStyles();
  const tierName = useTierLabel();
  const bars = countBars(preview.tierCounts, TIER_NAMES).map((b) => ({
    key: b.key,
    label: tierName(b.key),
    value: `${number(before[b.key] ?? 0)} → ${number(b.count)}`,
    fraction: b.share,
  }));
  return (
    <Section title={t('previewTitle')}>
      <Caption1 role="status" aria-live="polite">
        {t('previewMoved', { moved: number(preview.moved) })} · {t('previewMillis', { millis: number(preview.millis, { maximumFractionDigits: 1 }) })}
      </Caption1>
      {draftNames && <Caption1 className={styles.draft}>{t('previewDraftNames')}</Caption1>}
      <BarList bars={bars} label={t('previewTitle')} />
      <table className={styles.table}>
        <caption className={styles.caption}>{t('matrixTitle')}</caption>
        <thead>
          <tr>
            <td />
            {ROWS.map((tier) => {
              const label = tierName(tier);
              return (
                <th key={tier ?? 'none'} scope="col" className={styles.head}>
                  <abbr title={label} aria-label={label}>
                    {shortName(label)}
                  </abbr>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((from, i) => (
            <tr key={from ?? 'none'}>
              <th scope="row" className={styles.rowHead}>
                {tierName(from)}
              </th>
              {ROWS.map((to, j) => {
                const count = preview.matrix[i]?.[j] ?? 0;
                const tone = i === j ? styles.same : count === 0 ? undefined : j < i ? styles.up : styles.down;
                return (
                  <td key={to ?? 'none'} className={`${styles.cell} ${tone ?? ''}`}>
                    {count === 0 ? '' : number(count)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
