/** Contract checklist (docs/domain.md section 6): the form, completion per contract, and who trades without one. */
import { useMemo, useState } from 'react';
import { Button, Checkbox, Dropdown, Field, Input, Label, MessageBar, MessageBarBody, Option, Text } from '@fluentui/react-components';
import {
  CONTRACT_STATUSES,
  STANDARD_CLAUSES,
  contractCompletion,
  customersWithoutSignedContract,
  newContract,
  validateContract,
  type Contract,
  type ContractStatus,
  type FieldError,
} from '../../domain/work';
import { useWorkPort, type WorkState } from '../services/workPort';
import type { WorkFocus } from '../state/paneState';
import { Section } from '../components/Section';
import { CustomerPicker } from './CustomerPicker';
import { DayField } from './DayField';
import { fieldMessage } from './fieldErrors';
import { MissingFields } from './MissingFields';
import type { WorkMessageKey } from './messages';
import { errorText } from './useWorkState';
import { useFormStyles } from './formStyles';
import { subjectNames } from './subjectNames';
import { useWorkText } from './useWorkText';
import { useI18n } from '../i18n/I18nProvider';
import { excelErrorOf } from '../i18n/excelErrorText';
import { ExcelSaid } from '../components/ExcelSaid';
import type { NoticeText } from './FormNotice';

const NEW = '__new__';

/** The form label of each field validation can flag. */
const FIELD_LABEL: Record<FieldError['field'], WorkMessageKey> = {
  contractId: 'contractId',
  customerId: 'customer',
  status: 'status',
  signingDate: 'signingDate',
  effectiveDate: 'effectiveDate',
  place: 'place',
  custodian: 'custodian',
  clauses: 'clauses',
};

/** The contract the form opens on: one named by another view (the customer card), or a new one for its customer. */
function initialContract(state: WorkState, focus: WorkFocus | null | undefined): { contract: Contract; editingId: string | undefined } {
  const found = focus?.contractId ? state.contracts.find((c) => c.contractId === focus.contractId) : undefined;
  if (found) return { contract: found, editingId: found.contractId };
  return { contract: newContract('', focus?.customerId ?? ''), editingId: undefined };
}

export function ContractsPanel({ state, onChanged, focus }: { state: WorkState; onChanged: () => Promise<void>; focus?: WorkFocus | null }) {
  const work = useWorkPort();
  const styles = useFormStyles();
  const { t, w, pick, percent } = useWorkText();
  const { locale } = useI18n();
  const [initial] = useState(() => initialContract(state, focus));
  const [contract, setContract] = useState<Contract>(initial.contract);
  const [editingId, setEditingId] = useState<string | undefined>(initial.editingId);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const [busy, setBusy] = useState(false);
  const knownCustomerIds = useMemo(() => new Set(state.basis.choices.map((c) => c.id)), [state.basis.choices]);
  const message = (field: FieldError['field']) => fieldMessage(errors, field, (e) => w(e.key));
  const update = (change: Partial<Contract>) => setContract((c) => ({ ...c, ...change }));

  const open = (id: string) => {
    const found = state.contracts.find((c) => c.contractId === id);
    setContract(found ?? newContract('', ''));
    setEditingId(found?.contractId);
    setErrors([]);
    setNotice(null);
  };

  const save = async () => {
    const options = { ...(editingId !== undefined ? { editingContractId: editingId } : {}), ...(knownCustomerIds.size ? { knownCustomerIds } : {}) };
    const local = validateContract(contract, state.contracts, options);
    setErrors(local.errors);
    setNotice(null);
    if (!local.ok) return;
    setBusy(true);
    try {
      const result = await work.submitContract(contract, editingId);
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      setEditingId(contract.contractId);
      setNotice({ intent: 'success', text: t('saved', { id: contract.contractId }) });
      await onChanged();
    } catch (e) {
      setNotice({ intent: 'error', text: t('error', { message: errorText(e, locale) }), excel: excelErrorOf(e) });
    } finally {
      setBusy(false);
    }
  };

  const without = customersWithoutSignedContract(state.basis.tradedCustomerIds, state.contracts);
  const names = subjectNames(state);
  const clausesMessage = message('clauses');

  return (
    <>
      <Section title={t('contractForm')}>
        <form
          className={styles.form}
          aria-label={t('contractForm')}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Field label={t('contractPick')}>
            <Dropdown value={editingId ?? t('contractNew')} selectedOptions={[editingId ?? NEW]} onOptionSelect={(_, data) => open(data.optionValue === NEW ? '' : (data.optionValue ?? ''))}>
              <Option value={NEW}>{t('contractNew')}</Option>
              {state.contracts.map((c) => (
                <Option key={c.contractId} value={c.contractId}>
                  {c.contractId}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t('contractId')} required {...message('contractId')}>
            <Input name="contractId" value={contract.contractId} disabled={editingId !== undefined} onChange={(_, d) => update({ contractId: d.value })} />
          </Field>
          <CustomerPicker
            label={t('customer')}
            required
            customers={state.basis.choices}
            value={contract.customerId}
            onChange={(customerId) => update({ customerId })}
            validationMessage={message('customerId').validationMessage}
          />
          <Field label={t('status')} {...message('status')}>
            <Dropdown
              name="status"
              value={w(`contract.status.${contract.status}`)}
              selectedOptions={[contract.status]}
              onOptionSelect={(_, d) => update({ status: (d.optionValue ?? 'draft') as ContractStatus })}
            >
              {CONTRACT_STATUSES.map((s) => (
                <Option key={s} value={s}>
                  {w(`contract.status.${s}`)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <div className={styles.pair}>
            <DayField label={t('signingDate')} value={contract.signingDate} onChange={(signingDate) => update({ signingDate })} {...message('signingDate')} />
            <DayField label={t('effectiveDate')} value={contract.effectiveDate} onChange={(effectiveDate) => update({ effectiveDate })} {...message('effectiveDate')} />
          </div>
          <div className={styles.pair}>
            <Field label={t('place')} {...message('place')}>
              <Input name="place" value={contract.place} onChange={(_, d) => update({ place: d.value })} />
            </Field>
            <Field label={t('custodian')} {...message('custodian')}>
              <Input name="custodian" value={contract.custodian} onChange={(_, d) => update({ custodian: d.value })} />
            </Field>
          </div>
          {/* Not a Field: a Field gives its one id to every control inside, and there are 22 here. */}
          <div role="group" aria-label={t('clauses')}>
            <Label weight="semibold">{t('clauses')}</Label>
            {STANDARD_CLAUSES.map((clause) => {
              const current = contract.clauses[clause.id];
              const setClause = (change: Partial<typeof current>) => update({ clauses: { ...contract.clauses, [clause.id]: { ...current, ...change } } });
              return (
                <div key={clause.id} className={styles.clause}>
                  <Checkbox
                    label={`${clause.number}. ${pick(clause.label)}`}
                    title={pick(clause.description)}
                    checked={current.checked}
                    onChange={(_, d) => setClause({ checked: d.checked === true })}
                  />
                  <Field size="small" label={t('noteLabel')}>
                    <Input size="small" aria-label={t('clauseNote', { clause: pick(clause.label) })} value={current.note} onChange={(_, d) => setClause({ note: d.value })} />
                  </Field>
                </div>
              );
            })}
            <Text size={200}>{`${t('completion')}: ${percent(contractCompletion(contract).share)}`}</Text>
            {clausesMessage.validationMessage && (
              <Text block size={200} className={styles.warning}>
                {clausesMessage.validationMessage}
              </Text>
            )}
          </div>
          <MissingFields fields={[...new Set(errors.filter((e) => e.severity === 'error').map((e) => t(FIELD_LABEL[e.field])))]} />
          <Button appearance="primary" type="submit" disabled={busy}>
            {t('save')}
          </Button>
          {notice && (
            <MessageBar intent={notice.intent}>
              <MessageBarBody>
                {notice.text}
                <ExcelSaid error={notice.excel} />
              </MessageBarBody>
            </MessageBar>
          )}
        </form>
      </Section>
      <Section title={t('contractList')}>
        {state.contracts.length === 0 ? (
          <Text>{t('noContracts')}</Text>
        ) : (
          <ul className={styles.list} aria-label={t('contractList')}>
            {state.contracts.map((c) => {
              const done = contractCompletion(c);
              return (
                <li key={c.contractId}>
                  <Text>
                    {t('completionLine', { id: c.contractId, customer: names.get(c.customerId) ?? c.customerId, checked: done.checked, total: done.total })} · {w(`contract.status.${c.status}`)}
                  </Text>
                  {done.missing.length > 0 && (
                    <Text block size={200}>
                      {t('missingClauses', { clauses: done.missing.map((id) => pick(STANDARD_CLAUSES.find((s) => s.id === id)?.label ?? { en: id, zh: id })).join(', ') })}
                    </Text>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section title={t('withoutContract')}>
        {without.length === 0 ? (
          <Text>{t('allCovered')}</Text>
        ) : (
          <table className={styles.table}>
            <caption className={styles.caption}>{t('withoutContractCount', { count: without.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('customerIdHeader')}</th>
                <th scope="col">{t('company')}</th>
              </tr>
            </thead>
            <tbody>
              {without.map((id) => (
                <tr key={id}>
                  <td>{id}</td>
                  <td>{names.get(id) ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </>
  );
}
