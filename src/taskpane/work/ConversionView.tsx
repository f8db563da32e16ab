/** Conversion from each funnel stage to the next, overall and per owner. */
import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { conversionByOwner, stageConversion, type Prospect, type StageConversion } from '../../domain/work';
import { useWorkText } from './useWorkText';

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

function ConversionList({ label, rows }: { label: string; rows: readonly StageConversion[] }) {
  const styles = useStyles();
  const { t, w, percent } = useWorkText();
  return (
    <ul className={styles.list} aria-label={label}>
      {rows.map((r) => (
        <li key={r.from}>
          <Text size={200}>{t('conversionLine', { from: w(`stage.${r.from}`), to: w(`stage.${r.to}`), advanced: r.advanced, reached: r.reached, rate: r.rate === null ? '–' : percent(r.rate) })}</Text>
        </li>
      ))}
    </ul>
  );
}

export function ConversionView({ prospects }: { prospects: readonly Prospect[] }) {
  const { t } = useWorkText();
  if (prospects.length === 0) return <Text>{t('noProspects')}</Text>;
  return (
    <>
      <ConversionList label={t('conversion')} rows={stageConversion(prospects)} />
      <Subtitle2 as="h3">{t('conversionByOwner')}</Subtitle2>
      {conversionByOwner(prospects).map((o) => (
        <div key={o.owner || '-'}>
          <Text weight="semibold">{`${o.owner || t('unassigned')} (${o.prospects})`}</Text>
          <ConversionList label={o.owner || t('unassigned')} rows={o.conversions} />
        </div>
      ))}
    </>
  );
}
