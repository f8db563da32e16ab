/**
 * Mapping by hand, offered when no order sheet was detected: says what was looked for, lets the
 * user pick the sheet holding the orders and, from its header row, the column of each required
 * field; the mapping is saved in the workbook and detection runs again with it.
 */
import { useEffect, useState } from 'react';
import { Button, Caption1, Field, makeStyles, Select, Spinner, tokens } from '@fluentui/react-components';
import { REQUIRED_FIELDS } from '../../../domain/mapping/detectMapping';
import { columnLetter } from '../../../domain/mapping/columnLetter';
import type { OrderField } from '../../../domain/model';
import type { SheetHead, SheetSummary } from '../../services/workbookPort';
import type { PaneActions } from '../../state/usePane';
import { fieldName } from '../../i18n/domainText';
import { useI18n } from '../../i18n/I18nProvider';
import { Section } from '../../components/Section';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  select: { minWidth: 0, width: '100%' },
});

export function HandMappingCard({ sheets, actions }: { sheets: SheetSummary[] | null; actions: PaneActions }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [sheet, setSheet] = useState('');
  const [head, setHead] = useState<SheetHead | null>(null);
  const [reading, setReading] = useState(false);
  const [columns, setColumns] = useState<Partial<Record<OrderField, number>>>({});
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const required = REQUIRED_FIELDS.orders;
  const names = required.map((f) => fieldName(locale, f));

  useEffect(() => {
    if (sheets === null) void actions.findSheets();
  }, [sheets, actions]);

  const pickSheet = async (name: string) => {
    setSheet(name);
    setHead(null);
    setColumns({});
    setTried(false);
    if (!name) return;
    setReading(true);
    try {
      setHead(await actions.readSheetHead(name));
    } finally {
      setReading(false);
    }
  };

  const missing = required.filter((f) => columns[f] === undefined);
  const use = async () => {
    setTried(true);
    if (!head || head.headerRow < 0 || missing.length > 0) return;
    setBusy(true);
    try {
      await actions.applyHandMapping({ sheet: head.sheet, headerRow: head.headerRow, columns });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('handMapTitle')}>
      <Caption1 role="alert">{t('handMapLookedFor', { fields: names.join(locale === 'en' ? ', ' : '、') })}</Caption1>
      <form
        className={styles.form}
        aria-label={t('handMapTitle')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void use();
        }}
      >
        <Field label={t('handMapSheet')} size="small">
          <Select className={styles.select} size="small" value={sheet} onChange={(_, data) => void pickSheet(data.value)}>
            <option value="">{t('handMapPickSheet')}</option>
            {(sheets ?? []).map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        {reading && <Spinner size="tiny" label={t('detecting')} />}
        {head && head.headerRow < 0 && <Caption1>{t('handMapNoHeaders')}</Caption1>}
        {head && head.headerRow >= 0 && (
          <>
            <Caption1>{t('handMapHeaderRow', { row: head.headerRow + 1 })}</Caption1>
            {required.map((field) => {
              const unset = tried && columns[field] === undefined;
              return (
                <Field key={field} label={fieldName(locale, field)} required size="small" validationState={unset ? 'error' : 'none'} validationMessage={unset ? t('mappingMissingRequired') : null}>
                  <Select
                    className={styles.select}
                    size="small"
                    value={columns[field] === undefined ? '' : String(columns[field])}
                    onChange={(_, data) => {
                      const next = { ...columns };
                      if (data.value === '') delete next[field];
                      else next[field] = Number(data.value);
                      setColumns(next);
                    }}
                  >
                    <option value="">{t('notMapped')}</option>
                    {head.headers.map((h, c) =>
                      h === '' ? null : (
                        <option key={c} value={String(c)}>
                          {columnLetter(c)}: {h}
                        </option>
                      ),
                    )}
                  </Select>
                </Field>
              );
            })}
            {tried && missing.length > 0 && <Caption1 role="status">{t('handMapMissing', { fields: missing.map((f) => fieldName(locale, f)).join(locale === 'en' ? ', ' : '、') })}</Caption1>}
            <div>
              <Button appearance="primary" type="submit" disabled={busy}>
                {t('handMapUse')}
              </Button>
            </div>
          </>
        )}
      </form>
    </Section>
  );
}
