/** Excel's own text for an error, as a secondary line under the pane's sentence (src/taskpane/i18n/excelErrorText.ts). */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';
import type { ExcelErrorFacts } from '../i18n/excelErrorText';

const useStyles = makeStyles({ detail: { display: 'block', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' } });

export function ExcelSaid({ error }: { error: ExcelErrorFacts | null | undefined }) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!error || error.message.trim() === '') return null;
  return (
    <Caption1 className={styles.detail} data-excel-code={error.code}>
      {t('excelSaid', { message: error.message })}
    </Caption1>
  );
}
