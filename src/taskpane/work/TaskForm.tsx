/** A follow-up task typed by hand: for a customer or a prospect, type, due date, owner, notes, status. */
import { useState } from 'react';
import { Button, Dropdown, Field, Input, Option, Textarea } from '@fluentui/react-components';
import { FOLLOW_UP_STATUSES, FOLLOW_UP_TYPES, SUBJECT_KINDS, isoDate, manualFollowUp, type FollowUpStatus, type FollowUpType, type SubjectKind } from '../../domain/work';
import { useWorkPort, type WorkState } from '../services/workPort';
import { CustomerPicker } from './CustomerPicker';
import { DayField } from './DayField';
import { MissingFields } from './MissingFields';
import { nameAndId, subjectNames } from './subjectNames';
import { today } from './useWorkState';
import { useFormStyles } from './formStyles';
import { useWorkText } from './useWorkText';

interface Draft {
  subjectKind: SubjectKind;
  subjectId: string;
  type: FollowUpType;
  dueDate: number | null;
  owner: string;
  notes: string;
  status: FollowUpStatus;
}

const emptyDraft = (subjectId = ''): Draft => ({ subjectKind: 'customer', subjectId, type: 'visit', dueDate: today(), owner: '', notes: '', status: 'open' });

interface TaskFormProps {
  state: WorkState;
  onSaved: (text: string) => Promise<void>;
  onError: (e: unknown) => void;
  /** Opens the form for this customer (the customer card), without the customer-or-prospect choice. */
  customerId?: string;
}

export function TaskForm({ state, onSaved, onError, customerId }: TaskFormProps) {
  const work = useWorkPort();
  const styles = useFormStyles();
  const { t, w } = useWorkText();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(customerId));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const update = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const subjectError = tried && draft.subjectId.trim() === '' ? t('subjectRequired') : undefined;
  const dueError = tried && draft.dueDate === null ? t('dueRequired') : undefined;
  const missing = [...(subjectError ? [draft.subjectKind === 'customer' ? t('customer') : t('prospectPick')] : []), ...(dueError ? [t('dueDate')] : [])];

  const save = async () => {
    setTried(true);
    if (draft.subjectId.trim() === '' || draft.dueDate === null) return;
    const id = `manual:${draft.subjectKind}:${draft.subjectId.trim()}:${Date.now().toString(36)}`;
    const task = manualFollowUp({ id, subjectKind: draft.subjectKind, subjectId: draft.subjectId.trim(), type: draft.type, dueDate: draft.dueDate, owner: draft.owner, notes: draft.notes });
    const completed = draft.status === 'done' ? { status: 'done' as const, completedOn: today() } : { status: draft.status };
    setBusy(true);
    try {
      await work.saveTasks([{ ...task, ...completed }]);
      setDraft(emptyDraft(customerId));
      setTried(false);
      await onSaved(t('taskAdded', { type: w(`followUp.type.${task.type}`), subject: nameAndId(subjectNames(state), task.subjectId), due: isoDate(task.dueDate) }));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-label={t('taskForm')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {customerId === undefined && (
        <Field label={t('subjectKind')}>
          <Dropdown
            value={w(`followUp.subject.${draft.subjectKind}`)}
            selectedOptions={[draft.subjectKind]}
            onOptionSelect={(_, d) => update({ subjectKind: (d.optionValue ?? 'customer') as SubjectKind, subjectId: '' })}
          >
            {SUBJECT_KINDS.map((k) => (
              <Option key={k} value={k}>
                {w(`followUp.subject.${k}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {draft.subjectKind === 'customer' ? (
        <CustomerPicker
          label={t('customer')}
          required
          customers={state.basis.choices}
          value={draft.subjectId}
          onChange={(subjectId) => update({ subjectId })}
          validationMessage={subjectError ?? null}
        />
      ) : (
        <Field label={t('prospectPick')} required validationMessage={subjectError ?? null} validationState={subjectError ? 'error' : 'none'}>
          <Dropdown value={draft.subjectId} selectedOptions={draft.subjectId ? [draft.subjectId] : []} onOptionSelect={(_, d) => update({ subjectId: d.optionValue ?? '' })}>
            {state.prospects.map((p) => (
              <Option key={p.id} value={p.id} text={p.id}>
                {`${p.id} · ${p.company || p.contact}`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <div className={styles.pair}>
        <Field label={t('taskType')}>
          <Dropdown value={w(`followUp.type.${draft.type}`)} selectedOptions={[draft.type]} onOptionSelect={(_, d) => update({ type: (d.optionValue ?? 'visit') as FollowUpType })}>
            {FOLLOW_UP_TYPES.map((type) => (
              <Option key={type} value={type}>
                {w(`followUp.type.${type}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <DayField label={t('dueDate')} required value={draft.dueDate} onChange={(dueDate) => update({ dueDate })} validationMessage={dueError} />
      </div>
      <div className={styles.pair}>
        <Field label={t('owner')}>
          <Input name="owner" value={draft.owner} onChange={(_, d) => update({ owner: d.value })} />
        </Field>
        <Field label={t('status')}>
          <Dropdown value={w(`followUp.status.${draft.status}`)} selectedOptions={[draft.status]} onOptionSelect={(_, d) => update({ status: (d.optionValue ?? 'open') as FollowUpStatus })}>
            {FOLLOW_UP_STATUSES.map((s) => (
              <Option key={s} value={s}>
                {w(`followUp.status.${s}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field label={t('notes')}>
        <Textarea name="notes" value={draft.notes} onChange={(_, d) => update({ notes: d.value })} />
      </Field>
      <MissingFields fields={missing} />
      <Button appearance="primary" type="submit" disabled={busy}>
        {t('save')}
      </Button>
    </form>
  );
}
