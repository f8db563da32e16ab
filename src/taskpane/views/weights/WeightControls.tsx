/** One indicator's weight: a slider and a number field bound together, with its normalised share. */
import { Caption1, InfoLabel, makeStyles, Slider, SpinButton, Text, tokens } from '@fluentui/react-components';
import type { WeightRow } from '../../state/selectors';
import { useI18n } from '../../i18n/I18nProvider';
import { indicatorDescription, indicatorLabel } from '../../i18n/labels';

const MAX_WEIGHT = 100;

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: '1fr 5rem', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  slider: { minWidth: 0 },
  control: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  share: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
});

function clampWeight(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.max(0, Math.min(MAX_WEIGHT, Math.round(value)));
}

export function WeightControl({ row, onChange }: { row: WeightRow; onChange: (id: string, weight: number) => void }) {
  const { t, number } = useI18n();
  const styles = useStyles();
  const name = indicatorLabel(t, row.id, row.label);
  const label = t('weightOf', { indicator: name });
  const description = indicatorDescription(t, row.id);
  // A group, not a Field: the label holds an info button, and a <label> must not contain one.
  return (
    <div role="group" aria-label={name} className={styles.control}>
      <div className={styles.head}>
        {description ? (
          <InfoLabel size="small" info={description} infoButton={{ 'aria-label': t('indicatorInfo', { indicator: name }) }}>
            {name}
          </InfoLabel>
        ) : (
          <Text size={200}>{name}</Text>
        )}
        <Caption1 className={styles.share}>{t('weightShare', { share: number(row.share, { maximumFractionDigits: 1 }) })}</Caption1>
      </div>
      <div className={styles.row}>
        <Slider
          className={styles.slider}
          size="small"
          min={0}
          max={MAX_WEIGHT}
          step={1}
          value={Math.min(MAX_WEIGHT, row.raw)}
          aria-label={label}
          onChange={(_, data) => onChange(row.id, data.value)}
        />
        <SpinButton
          size="small"
          min={0}
          max={MAX_WEIGHT}
          value={row.raw}
          aria-label={label}
          onChange={(_, data) => {
            const next = clampWeight(data.value ?? (data.displayValue === undefined ? null : Number(data.displayValue)));
            if (next !== null) onChange(row.id, next);
          }}
        />
      </div>
    </div>
  );
}
