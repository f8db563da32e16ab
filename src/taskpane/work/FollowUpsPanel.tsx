/** Follow-up work (docs/domain.md section 7): generate due tasks, add one by hand, the task views, churn. */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { byOwner, dueThisWeek, markDone, overdue, type FollowUp } from '../../domain/work';
import { useWorkPort, type WorkState } from '../services/workPort';
import { Section } from '../components/Section';
import { ChurnForm } from './ChurnForm';
import { TaskForm } from './TaskForm';
import { subjectNames } from './subjectNames';
import { TaskList } from './TaskList';
import { errorText, today } from './useWorkState';
import { useWorkText } from './useWorkText';

export function FollowUpsPanel({ state, asOf, onChanged }: { state: WorkState; asOf: number; onChanged: () => Promise<void> }) {
  const work = useWorkPort();
  const { t } = useWorkText();
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const open = state.tasks.filter((task) => task.status === 'open');
  const names = subjectNames(state);

  const fail = (e: unknown) => setNotice({ intent: 'error', text: t('error', { message: errorText(e) }) });
  const done = async (text: string) => {
    setNotice({ intent: 'success', text });
    await onChanged();
  };
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      await done(await work());
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const generate = () =>
    run(async () => {
      const report = await work.generateDueTasks(asOf);
      return t('generated', { added: report.added.length, kept: report.kept, unchanged: report.unchanged });
    });
  const complete = (task: FollowUp) =>
    run(async () => {
      await work.saveTasks([markDone(task, today())]);
      return t('saved', { id: task.id });
    });

  return (
    <>
      <Section title={t('generate')}>
        <Button appearance="primary" disabled={busy} onClick={() => void generate()}>
          {t('generate')}
        </Button>
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </Section>
      <Section title={t('overdue')}>
        <TaskList names={names} label={t('overdue')} tasks={overdue(state.tasks, asOf)} onDone={(task) => void complete(task)} busy={busy} />
      </Section>
      <Section title={t('dueThisWeek')}>
        <TaskList names={names} label={t('dueThisWeek')} tasks={dueThisWeek(state.tasks, asOf)} onDone={(task) => void complete(task)} busy={busy} />
      </Section>
      <Section title={t('byOwner')}>
        {byOwner(open).map((group) => (
          <div key={group.owner || '-'}>
            <Subtitle2 as="h3">{group.owner || t('unassigned')}</Subtitle2>
            <TaskList names={names} label={group.owner || t('unassigned')} tasks={group.tasks} onDone={(task) => void complete(task)} busy={busy} />
          </div>
        ))}
      </Section>
      <Section title={t('taskForm')}>
        <TaskForm state={state} onSaved={done} onError={fail} />
      </Section>
      <Section title={t('churnForm')}>
        <ChurnForm state={state} onSaved={done} onError={fail} />
      </Section>
    </>
  );
}
