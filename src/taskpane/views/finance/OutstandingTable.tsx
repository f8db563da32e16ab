/**
 * What each customer owes per ageing bucket, as finance reads it: a table of amounts (not only the
 * worst bucket's name), sortable by any bucket or the total and filtered by name or id.
 */
import { useMemo, useState } from 'react';
import { Caption1, Field, Input, Link, makeStyles, Select, tokens } from '@fluentui/react-components';
import { AGEING_BUCKETS } from '../../../domain/finance/payment';
import type { CustomerResult } from '../../../domain/score';
import { outstandingByCustomer, type OutstandingSort } from '../../state/selectors';
import { useI18n } from '../../i18n/I18nProvider';
import { ageingLabel } from '../../i18n/labels';

const SHOWN = 20;

const useStyles = makeStyles({
  controls: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, '& .fui-Input, & .fui-Select': { minWidth: 0, width: '100%' } },
  wrap: { overflowX: 'auto' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
    '& th, & td': { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'end' },
    '& th:first-child, & td:first-child': { textAlign: 'start' },
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  buckets: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  customers: readonly CustomerResult[];
  onCustomer?: (customerId: string) => void;
}

export function OutstandingTable({ customers, onCustomer }: Props) {
  const { t, number } = useI18n();
  const styles = useStyles();
  const [sortBy, setSortBy] = useState<OutstandingSort>('total');
  const [filter, setFilter] = useState('');
  const rows = useMemo(() => outstandingByCustomer(customers, sortBy, filter), [customers, sortBy, filter]);
  const amount = (v: number) => number(v, { maximumFractionDigits: 0 });
  const columns: OutstandingSort[] = ['total', ...AGEING_BUCKETS];
  const label = (c: OutstandingSort) => (c === 'total' ? t('outstandingTotal') : ageingLabel(t, c));
  return (
    <>
      <div className={styles.controls}>
        <Field label={t('outstandingSort')} size="small">
          <Select size="small" value={sortBy} onChange={(_, d) => setSortBy(d.value as OutstandingSort)}>
            {columns.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('outstandingFilter')} size="small">
          <Input size="small" type="search" value={filter} onChange={(_, d) => setFilter(d.value)} />
        </Field>
      </div>
      {rows.length === 0 ? (
        <Caption1>{t('noOutstanding')}</Caption1>
      ) : (
        <div className={styles.wrap}>
          {/* One row per customer with its total; the bucket amounts in a second row, so five columns fit 300 px. */}
          <table className={styles.table} aria-label={t('outstandingTable')}>
            <thead>
              <tr>
                <th scope="col">{t('customerTitle')}</th>
                <th scope="col" aria-sort={sortBy === 'total' ? 'descending' : 'none'}>
                  {t('outstandingTotal')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN).map((r) => (
                <tr key={r.customerId} data-customer={r.customerId}>
                  <td>
                    {onCustomer ? (
                      <Link as="button" inline className={styles.name} onClick={() => onCustomer(r.customerId)}>
                        {r.name ?? r.customerId}
                      </Link>
                    ) : (
                      <span className={styles.name}>{r.name ?? r.customerId}</span>
                    )}
                    <div className={styles.buckets}>
                      {AGEING_BUCKETS.filter((b) => r.ageing[b] !== 0)
                        .map((b) => `${ageingLabel(t, b)}: ${amount(r.ageing[b])}`)
                        .join(' · ')}
                    </div>
                  </td>
                  <td>{amount(r.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Caption1>{t('outstandingShown', { shown: Math.min(SHOWN, rows.length), count: rows.length })}</Caption1>
    </>
  );
}
