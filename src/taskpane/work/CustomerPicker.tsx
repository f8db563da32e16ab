/** Type-ahead customer search over the customers read from the workbook (Fluent Combobox). */
import { useMemo, useState } from 'react';
import { Combobox, Field, Option } from '@fluentui/react-components';
import type { CustomerChoice } from '../services/workPort';
import { useWorkText } from './useWorkText';

const MAX_OPTIONS = 50;

interface Props {
  label: string;
  customers: readonly CustomerChoice[];
  value: string;
  onChange: (customerId: string) => void;
  validationMessage?: string | null | undefined;
  required?: boolean;
}

export function CustomerPicker({ label, customers, value, onChange, validationMessage, required }: Props) {
  const { t } = useWorkText();
  const [query, setQuery] = useState<string | null>(null);
  const display = (c: CustomerChoice): string => (c.name ? `${c.id} · ${c.name}` : c.id);
  const selected = customers.find((c) => c.id === value);
  const text = query ?? (selected ? display(selected) : value);
  const matches = useMemo(() => {
    const q = (query ?? '').trim().toLowerCase();
    const found = q === '' ? customers : customers.filter((c) => c.id.toLowerCase().includes(q) || c.name.toLowerCase().includes(q));
    return found.slice(0, MAX_OPTIONS);
  }, [customers, query]);
  return (
    <Field label={label} required={required ?? false} validationMessage={validationMessage ?? null} validationState={validationMessage ? 'error' : 'none'}>
      <Combobox
        freeform
        placeholder={t('customerPlaceholder')}
        value={text}
        selectedOptions={value ? [value] : []}
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_, data) => {
          setQuery(null);
          onChange(data.optionValue ?? '');
        }}
        onBlur={() => {
          // Typed an exact id without picking: take it, so the form's validation can judge it.
          if (query !== null) {
            const exact = customers.find((c) => c.id.toLowerCase() === query.trim().toLowerCase());
            onChange(exact ? exact.id : query.trim());
            setQuery(null);
          }
        }}
      >
        {matches.length === 0 ? (
          <Option key="none" disabled value="">
            {t('noMatches')}
          </Option>
        ) : (
          matches.map((c) => (
            <Option key={c.id} value={c.id} text={display(c)}>
              {display(c)}
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
