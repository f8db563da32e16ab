/** The mapping step: detected sheets and columns, each field with a dropdown to fix it. */
import { useState } from 'react';
import { Badge, Button, Caption1, Field, makeStyles, Select, Switch, tokens } from '@fluentui/react-components';
import { REQUIRED_FIELDS } from '../../../domain/mapping/detectMapping';
import { columnLetter } from '../../../domain/mapping/columnLetter';
import { CUSTOMER_FIELDS, ORDER_FIELDS, type SheetKind } from '../../../domain/model';
import type { AnalysisSummary } from '../../../worker/protocol';
import type { SavedMapping } from '../../services/workbookPort';
import { fieldName } from '../../i18n/domainText';
import { useI18n } from '../../i18n/I18nProvider';
import { Section } from '../../components/Section';
import { fieldUse } from '../../i18n/fieldUses';

export interface MappingCardProps {
  detection: AnalysisSummary;
  headers: { orders: string[]; customers: string[] };
  mapping: SavedMapping | null;
  confirmed: boolean;
  onColumn: (kind: SheetKind, field: string, column: number | null) => void;
  onConfirm: () => void;
}

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  fieldLabel: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  summary: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  footer: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

function isRequired(kind: SheetKind, field: string): boolean {
  return (REQUIRED_FIELDS[kind] as readonly string[]).includes(field);
}

/** Required fields first, then the mapped ones (all fields on request), in catalogue order. */
function fieldsToShow(kind: SheetKind, columns: Record<string, number | undefined>, showAll: boolean): string[] {
  const all: readonly string[] = kind === 'orders' ? ORDER_FIELDS : CUSTOMER_FIELDS;
  const required = all.filter((f) => isRequired(kind, f));
  const rest = all.filter((f) => !isRequired(kind, f) && (showAll || columns[f] !== undefined));
  return [...required, ...rest];
}

function SheetMappingFields(props: {
  kind: SheetKind;
  headers: string[];
  columns: Record<string, number | undefined>;
  confidence: Record<string, number>;
  showAll: boolean;
  onColumn: MappingCardProps['onColumn'];
}) {
  const { kind, headers, columns, confidence, showAll, onColumn } = props;
  const { t, locale } = useI18n();
  const styles = useStyles();
  return (
    <>
      {fieldsToShow(kind, columns, showAll).map((field) => {
        const name = fieldName(locale, field);
        const column = columns[field];
        const score = confidence[field];
        return (
          <Field
            key={field}
            required={isRequired(kind, field)}
            label={{
              children: (
                <span className={styles.fieldLabel}>
                  {name}
                  {column !== undefined && score !== undefined && (
                    <Badge appearance="tint" size="small" color={score >= 0.9 ? 'success' : 'warning'}>
                      {t('confidence', { percent: Math.round(score * 100) })}
                    </Badge>
                  )}
                </span>
              ),
            }}
            size="small"
          >
            <Select size="small" value={column === undefined ? '' : String(column)} onChange={(_, data) => onColumn(kind, field, data.value === '' ? null : Number(data.value))}>
              <option value="">{t('notMapped')}</option>
              {headers.map((h, c) =>
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
    </>
  );
}

/** Optional fields left unmapped that would add something, each with what it would add. */
function UnmappedOptional({ sheets, mapping }: { sheets: { kind: SheetKind }[]; mapping: SavedMapping | null }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const rows = sheets.flatMap(({ kind }) => {
    const all: readonly string[] = kind === 'orders' ? ORDER_FIELDS : CUSTOMER_FIELDS;
    const columns = (mapping?.[kind]?.columns ?? {}) as Record<string, number | undefined>;
    return all
      .filter((f) => !isRequired(kind, f) && columns[f] === undefined)
      .map((f) => ({ key: `${kind}.${f}`, field: fieldName(locale, f), use: fieldUse(t, kind, f) }))
      .filter((r): r is { key: string; field: string; use: string } => r.use !== null);
  });
  if (rows.length === 0) return null;
  const seen = new Set<string>();
  const unique = rows.filter((r) => (seen.has(r.field + r.use) ? false : (seen.add(r.field + r.use), true)));
  return (
    <>
      <Caption1 as="h3" className={styles.legend}>
        {t('unmappedOptional')}
      </Caption1>
      <ul className={styles.summary} aria-label={t('unmappedOptional')}>
        {unique.map((r) => (
          <li key={r.key}>{t('fieldWouldAdd', { field: r.field, use: r.use })}</li>
        ))}
      </ul>
    </>
  );
}

export function MappingCard({ detection, headers, mapping, confirmed, onColumn, onConfirm }: MappingCardProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [showAll, setShowAll] = useState(false);
  const [editing, setEditing] = useState(false);
  const sheets: { kind: SheetKind; title: string }[] = [];
  if (mapping?.orders) sheets.push({ kind: 'orders', title: t('sheetOrders', { sheet: mapping.orders.sheet }) });
  if (mapping?.customers) sheets.push({ kind: 'customers', title: t('sheetCustomers', { sheet: mapping.customers.sheet }) });
  const missingRequired = sheets.some(({ kind }) =>
    (REQUIRED_FIELDS[kind] as readonly string[]).some((f) => (mapping?.[kind]?.columns as Record<string, number | undefined> | undefined)?.[f] === undefined),
  );
  if (confirmed && !editing && !missingRequired) {
    return (
      <Section title={t('mappingTitle')}>
        <ul className={styles.summary}>
          {sheets.map(({ kind, title }) => (
            <li key={kind}>
              {title} · {t('mappedCount', { count: Object.keys(mapping?.[kind]?.columns ?? {}).length })}
            </li>
          ))}
        </ul>
        <Caption1 role="status">{t('mappingConfirmed')}</Caption1>
        <UnmappedOptional sheets={sheets} mapping={mapping} />
        <div>
          <Button size="small" onClick={() => setEditing(true)}>
            {t('editMapping')}
          </Button>
        </div>
      </Section>
    );
  }
  const confirm = () => {
    setEditing(false);
    onConfirm();
  };
  return (
    <Section title={t('mappingTitle')}>
      <Caption1>{t('mappingHint')}</Caption1>
      {sheets.map(({ kind, title }) => (
        <fieldset key={kind} className={styles.sheet}>
          <legend className={styles.legend}>{title}</legend>
          <SheetMappingFields
            kind={kind}
            headers={headers[kind]}
            columns={(mapping?.[kind]?.columns ?? {}) as Record<string, number | undefined>}
            confidence={detection.confidence[kind]}
            showAll={showAll}
            onColumn={onColumn}
          />
        </fieldset>
      ))}
      {!mapping?.customers && <Caption1>{t('noCustomerSheet')}</Caption1>}
      <UnmappedOptional sheets={sheets} mapping={mapping} />
      <div className={styles.footer}>
        <Switch checked={showAll} onChange={(_, data) => setShowAll(data.checked)} label={t('showAllFields')} />
        <Button appearance={confirmed ? 'secondary' : 'primary'} disabled={missingRequired} onClick={confirm}>
          {t('confirmMapping')}
        </Button>
      </div>
      {missingRequired && <Caption1 role="status">{t('mappingMissingRequired')}</Caption1>}
    </Section>
  );
}
