/** A prospect: contact details, MAN qualification (three switches give the code and its play), and dated stage moves. */
import { useState } from 'react';
import { Button, Dropdown, Field, Input, Label, MessageBar, MessageBarBody, Option, Switch, Text } from '@fluentui/react-components';
import { FUNNEL_STAGES, advanceStage, isoDate, manAdvice, manCode, newProspect, type FunnelStage, type Prospect, type WorkMessageId } from '../../domain/work';
import { useWorkPort, type WorkState } from '../services/workPort';
import { DayField } from './DayField';
import { today } from './useWorkState';
import { useFormStyles } from './formStyles';
import { useWorkText } from './useWorkText';

const NEW = '__new__';

function nextProspectId(prospects: readonly Prospect[]): string {
  const numbers = prospects.map((p) => Number(/^P-(\d+)$/.exec(p.id)?.[1] ?? NaN)).filter(Number.isInteger);
  return `P-${String(Math.max(0, ...numbers) + 1).padStart(4, '0')}`;
}

export function ProspectForm({ state, onSaved, onError }: { state: WorkState; onSaved: (text: string) => Promise<void>; onError: (e: unknown) => void }) {
  const work = useWorkPort();
  const styles = useFormStyles();
  const { t, w, pick } = useWorkText();
  const [prospect, setProspect] = useState<Prospect>(() => newProspect({ id: nextProspectId(state.prospects) }, today()));
  const [isNew, setIsNew] = useState(true);
  const [moveTo, setMoveTo] = useState<FunnelStage | ''>('');
  const [moveDay, setMoveDay] = useState<number | null>(today());
  const [moveError, setMoveError] = useState<WorkMessageId | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const update = (change: Partial<Prospect>) => setProspect((p) => ({ ...p, ...change }));
  const nameError = tried && prospect.company.trim() === '' && prospect.contact.trim() === '' ? t('nameRequired') : undefined;
  const advice = manAdvice(manCode(prospect.man));

  const open = (id: string) => {
    const found = state.prospects.find((p) => p.id === id);
    setProspect(found ?? newProspect({ id: nextProspectId(state.prospects) }, today()));
    setIsNew(!found);
    setMoveTo('');
    setMoveError(null);
    setTried(false);
  };

  const persist = async (next: Prospect) => {
    setBusy(true);
    try {
      await work.saveProspectsAndFunnel([next]);
      setIsNew(false);
      await onSaved(t('saved', { id: next.id }));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    setTried(true);
    if (prospect.company.trim() === '' && prospect.contact.trim() === '') return;
    await persist(prospect);
  };

  const move = async () => {
    if (moveTo === '' || moveDay === null) return;
    const result = advanceStage(prospect, moveTo, moveDay);
    if (!result.ok) {
      setMoveError(result.error);
      return;
    }
    setMoveError(null);
    setProspect(result.prospect);
    if (!isNew) await persist(result.prospect);
  };

  return (
    <form
      className={styles.form}
      aria-label={t('prospectForm')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={t('prospectPick')}>
        <Dropdown value={isNew ? t('prospectNew') : prospect.id} selectedOptions={[isNew ? NEW : prospect.id]} onOptionSelect={(_, d) => open(d.optionValue === NEW ? '' : (d.optionValue ?? ''))}>
          <Option value={NEW}>{t('prospectNew')}</Option>
          {state.prospects.map((p) => (
            <Option key={p.id} value={p.id} text={p.id}>
              {`${p.id} · ${p.company || p.contact}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.pair}>
        <Field label={t('company')} validationMessage={nameError ?? null} validationState={nameError ? 'error' : 'none'}>
          <Input name="company" value={prospect.company} onChange={(_, d) => update({ company: d.value })} />
        </Field>
        <Field label={t('contact')}>
          <Input name="contact" value={prospect.contact} onChange={(_, d) => update({ contact: d.value })} />
        </Field>
      </div>
      <div className={styles.pair}>
        <Field label={t('email')}>
          <Input name="email" value={prospect.email} onChange={(_, d) => update({ email: d.value })} />
        </Field>
        <Field label={t('owner')}>
          <Input name="prospectOwner" value={prospect.owner} onChange={(_, d) => update({ owner: d.value })} />
        </Field>
      </div>
      {/* A Field would hand its one id to all three switches, so the group is labelled by hand. */}
      <div role="group" aria-label={t('man')}>
        <Label weight="semibold">{t('man')}</Label>
        <div>
          <Switch label={t('money')} checked={prospect.man.money} onChange={(_, d) => update({ man: { ...prospect.man, money: d.checked } })} />
          <Switch label={t('authority')} checked={prospect.man.authority} onChange={(_, d) => update({ man: { ...prospect.man, authority: d.checked } })} />
          <Switch label={t('need')} checked={prospect.man.need} onChange={(_, d) => update({ man: { ...prospect.man, need: d.checked } })} />
        </div>
      </div>
      <MessageBar intent={advice.priority <= 2 ? 'success' : advice.priority >= 7 ? 'warning' : 'info'}>
        <MessageBarBody data-testid="man-advice">{t('manCode', { code: advice.code, meaning: pick(advice.meaning), play: pick(advice.play) })}</MessageBarBody>
      </MessageBar>
      <Text>
        {t('stage')}: <strong>{w(`stage.${prospect.stage}`)}</strong>
      </Text>
      <div className={styles.pair}>
        <Field label={t('moveTo')} validationMessage={moveError ? w(moveError) : null} validationState={moveError ? 'error' : 'none'}>
          <Dropdown value={moveTo ? w(`stage.${moveTo}`) : ''} selectedOptions={moveTo ? [moveTo] : []} onOptionSelect={(_, d) => setMoveTo((d.optionValue ?? '') as FunnelStage)}>
            {FUNNEL_STAGES.map((s) => (
              <Option key={s} value={s}>
                {w(`stage.${s}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <DayField label={t('moveDate')} value={moveDay} onChange={setMoveDay} />
      </div>
      <Button disabled={busy || moveTo === ''} onClick={() => void move()}>
        {t('move')}
      </Button>
      <ul className={styles.list} aria-label={t('history')}>
        {prospect.history.map((h, i) => (
          <li key={i}>
            <Text size={200}>
              {isoDate(h.day)}: {h.from ? `${w(`stage.${h.from}`)} → ` : ''}
              {w(`stage.${h.to}`)}
            </Text>
          </li>
        ))}
      </ul>
      <Button appearance="primary" type="submit" disabled={busy}>
        {t('save')}
      </Button>
    </form>
  );
}
