/** A date field holding a day number (or null), shown as the browser's date input. */
import { Field, Input } from '@fluentui/react-components';
import { isoDate, parseIsoDate } from '../../domain/work';

interface Props {
  label: string;
  value: number | null;
  onChange: (day: number | null) => void;
  validationMessage?: string | null | undefined;
  validationState?: 'error' | 'warning' | 'none';
  required?: boolean;
}

export function DayField({ label, value, onChange, validationMessage, validationState, required }: Props) {
  return (
    <Field label={label} required={required ?? false} validationMessage={validationMessage ?? null} validationState={validationMessage ? (validationState ?? 'error') : 'none'}>
      <Input type="date" value={value === null ? '' : isoDate(value)} onChange={(_, data) => onChange(parseIsoDate(data.value))} />
    </Field>
  );
}
