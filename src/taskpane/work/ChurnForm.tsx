/** Mark a customer lost (docs/domain.md section 5): the reason's play becomes follow-up tasks. */
import { useState } from 'react';
import { Button, Dropdown, Field, Option, Text } from '@fluentui/react-components';
import { CHURN_REASONS, churnReasonInfo, type ChurnReason } from '../../domain/work';
import { useWorkPort, type WorkState } from '../services/workPort';
import { CustomerPicker } from './CustomerPicker';
import { DayField } from './DayField';
import { MissingFields } from './MissingFields';
import { today } from './useWorkState';
import { useFormStyles } from './formStyles';
import { useWorkText } from './useWorkText';

export function ChurnForm({ state, onSaved, onError }: { state: WorkState; onSaved: (text: string) => Promise<void>; onError: (e: unknown) => void }) {
  const work = useWorkPort();
  const styles = useFormStyles();
  const { t, pick } = useWorkText();
  const [customerId, setCustomerId] = useState('');
  const [reason, setReason] = useState<ChurnReason>('dissatisfied');
  const [day, setDay] = useState<number | null>(today());
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const customerError = tried && customerId.trim() === '' ? t('subjectRequired') : undefined;
  const dayError = tried && day === null ? t('dueRequired') : undefined;
  const info = churnReasonInfo(reason);

  const save = async () => {
    setTried(true);
    if (customerId.trim() === '' || day === null) return;
    setBusy(true);
    try {
      const report = await work.markCustomerLost(customerId.trim(), reason, day);
      setTried(false);
      await onSaved(t('churnAdded', { customer: customerId.trim(), count: report.added.length }));
      setCustomerId('');
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-label={t('churnForm')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <CustomerPicker label={t('customer')} required customers={state.basis.choices} value={customerId} onChange={setCustomerId} validationMessage={customerError} />
      <Field label={t('churnReason')} hint={pick(info.advice)}>
        <Dropdown value={pick(info.label)} selectedOptions={[reason]} onOptionSelect={(_, d) => setReason((d.optionValue ?? 'dissatisfied') as ChurnReason)}>
          {CHURN_REASONS.map((r) => (
            <Option key={r} value={r}>
              {pick(churnReasonInfo(r).label)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <DayField label={t('date')} value={day} onChange={setDay} validationMessage={dayError} />
      <MissingFields fields={[...(customerError ? [t('customer')] : []), ...(dayError ? [t('date')] : [])]} />
      <Button type="submit" disabled={busy}>
        {t('markLost')}
      </Button>
      {state.lost.length > 0 && <Text size={200}>{state.lost.map((l) => `${l.customerId} (${pick(churnReasonInfo(l.reason).label)})`).join(', ')}</Text>}
    </form>
  );
}
