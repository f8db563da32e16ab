/**
 * The customer card's work half: this customer's open and overdue follow-ups (add one here), its
 * contracts (clauses ticked, signed or not; open one in the Work view) and its last tier moves
 * with the reason, from the dated snapshots. Reads the owned work tables through the work port.
 */
import { useEffect, useState } from 'react';
import { Button, Caption1, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { contractCompletion, isInForce, isoDate, markDone, type FollowUp } from '../../../domain/work';
import type { TierMove } from '../../services/workbookPort';
import type { PaneActions } from '../../state/usePane';
import { useI18n } from '../../i18n/I18nProvider';
import { useTierLabel } from '../../i18n/tierNames';
import { Section } from '../../components/Section';
import { useWorkPort } from '../../services/workPort';
import { FormNotice, useFormNotice } from '../../work/FormNotice';
import { nameAndId, subjectNames } from '../../work/subjectNames';
import { TaskForm } from '../../work/TaskForm';
import { TaskList } from '../../work/TaskList';
import { today, useWorkState } from '../../work/useWorkState';
import { useWorkText } from '../../work/useWorkText';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  overdue: { color: tokens.colorPaletteRedForeground1 },
});

const byDue = (a: FollowUp, b: FollowUp): number => a.dueDate - b.dueDate || (a.id < b.id ? -1 : 1);

interface Props {
  customerId: string;
  /** The scores' analysis date: due and overdue are judged as of the same day as the tier. */
  asOf: number;
  actions: PaneActions;
  /** Changes when a run finished, so the tier moves are read again. */
  runKey: unknown;
}

export function CustomerWork({ customerId, asOf, actions, runKey }: Props) {
  const styles = useStyles();
  const { t: paneT, number } = useI18n();
  const tierName = useTierLabel();
  const { t, w } = useWorkText();
  const port = useWorkPort();
  const { state, error, reload } = useWorkState();
  const taskNotice = useFormNotice(reload);
  const listNotice = useFormNotice(reload);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [moves, setMoves] = useState<TierMove[] | null>(null);

  useEffect(() => {
    let live = true;
    setMoves(null);
    actions
      .tierMoves(customerId)
      .then((found) => live && setMoves(found))
      .catch(() => live && setMoves([]));
    return () => {
      live = false;
    };
  }, [actions, customerId, runKey]);

  useEffect(() => setAdding(false), [customerId]);

  const score = (v: number | null) => (v === null ? paneT('none') : number(v, { maximumFractionDigits: 1 }));
  const reason = (m: TierMove) => {
    const values = { from: score(m.fromScore), to: score(m.toScore), since: m.sinceAsOf };
    if (m.reason === 'scoreRose') return t('moveScoreRose', values);
    if (m.reason === 'scoreFell') return t('moveScoreFell', values);
    if (m.reason === 'cutOffsChanged') return t('moveCutOffs', values);
    return t('moveNotRated');
  };

  const tasks = (state?.tasks ?? []).filter((task) => task.subjectKind === 'customer' && task.subjectId.trim() === customerId && task.status === 'open').sort(byDue);
  const late = tasks.filter((task) => task.dueDate < asOf).length;
  const contracts = (state?.contracts ?? []).filter((c) => c.customerId.trim() === customerId);
  const complete = async (task: FollowUp) => {
    setBusy(true);
    try {
      await port.saveTasks([markDone(task, today())]);
      await listNotice.onSaved(t('taskDone', { type: w(`followUp.type.${task.type}`), subject: state ? nameAndId(subjectNames(state), task.subjectId) : task.subjectId }));
    } catch (e) {
      listNotice.onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Section title={t('cardFollowUps')}>
        {error && <Caption1>{t('error', { message: error })}</Caption1>}
        {!state && !error && <Spinner size="tiny" label={t('loading')} />}
        {state && (
          <>
            <Text size={200} className={late > 0 ? styles.overdue : undefined}>
              {t('cardOpenCount', { open: tasks.length, overdue: late, date: isoDate(asOf) })}
            </Text>
            {tasks.length > 0 ? (
              <TaskList names={subjectNames(state)} label={t('cardFollowUps')} tasks={tasks} onDone={(task) => void complete(task)} busy={busy} />
            ) : (
              <Caption1>{t('cardNoTasks')}</Caption1>
            )}
            <FormNotice notice={listNotice.notice} />
            <div className={styles.row}>
              <Button size="small" aria-expanded={adding} onClick={() => setAdding((open) => !open)}>
                {adding ? t('closeForm') : t('addTask')}
              </Button>
            </div>
            {adding && (
              <>
                <TaskForm key={customerId} state={state} customerId={customerId} onSaved={taskNotice.onSaved} onError={taskNotice.onError} />
                <FormNotice notice={taskNotice.notice} />
              </>
            )}
            {!adding && taskNotice.notice && <FormNotice notice={taskNotice.notice} />}
          </>
        )}
      </Section>
      <Section title={t('cardContract')}>
        {state && contracts.length === 0 && <Caption1>{t('cardNoContract')}</Caption1>}
        {contracts.map((c) => {
          const done = contractCompletion(c);
          return (
            <div key={c.contractId} className={styles.row}>
              <Text size={200}>
                {t('contractLine', { id: c.contractId, status: w(`contract.status.${c.status}`), checked: done.checked, total: done.total })} · {isInForce(c) ? t('signedYes') : t('signedNo')}
              </Text>
              <Button size="small" aria-label={`${t('openContract')}: ${c.contractId}`} onClick={() => actions.openWork({ tab: 'contracts', contractId: c.contractId })}>
                {t('openContract')}
              </Button>
            </div>
          );
        })}
        {state && contracts.length === 0 && (
          <div className={styles.row}>
            <Button size="small" onClick={() => actions.openWork({ tab: 'contracts', customerId })}>
              {t('startContract')}
            </Button>
          </div>
        )}
      </Section>
      <Section title={t('tierMoves')}>
        {moves === null && <Spinner size="tiny" label={t('loading')} />}
        {moves && moves.length === 0 && <Caption1>{t('noTierMoves')}</Caption1>}
        {moves && moves.length > 0 && (
          <ul className={styles.list} aria-label={t('tierMoves')}>
            {moves.map((m) => (
              <li key={m.asOf}>
                <Text size={200}>
                  {t('moveLine', { date: m.asOf, from: tierName(m.from), to: tierName(m.to) })}: {reason(m)}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
