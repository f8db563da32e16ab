/** Labelled horizontal bars (plain divs: no chart library in the pane). */
import { makeStyles, tokens } from '@fluentui/react-components';

export interface Bar {
  key: string;
  label: string;
  /** The figure shown at the end of the bar. */
  value: string;
  /** Bar length, 0-1. */
  fraction: number;
  /** Optional action on the label (e.g. select a row). */
  onSelect?: () => void;
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: { display: 'grid', gridTemplateColumns: '7.5rem 1fr 4.5rem', alignItems: 'center', columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  label: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  track: { height: '10px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall, overflow: 'hidden' },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  value: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
});

export function BarList({ bars, label }: { bars: readonly Bar[]; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key} className={styles.row}>
          <span className={styles.label} title={bar.label}>
            {bar.label}
          </span>
          <div className={styles.track} aria-hidden="true">
            <div className={styles.fill} style={{ width: `${Math.max(0, Math.min(1, bar.fraction)) * 100}%` }} />
          </div>
          <span className={styles.value}>{bar.value}</span>
        </li>
      ))}
    </ul>
  );
}
