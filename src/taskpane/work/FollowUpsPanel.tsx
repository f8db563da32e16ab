/**
 * Follow-up work (docs/work-rules.md): generate the tasks due from the analysis date on (a backlog
 * is summarised), overdue and this week's tasks, each owner's tasks by week, a task by hand, churn.
 */
import { useState } from 'react';
import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { agendaByOwnerAndWeek, dueThisWeek, isoDate, markDone, overdue, splitBacklog, type FollowUp } from '../../domain/work';
import { useWorkPort, type WorkState } from '../services/workPort';
import { Section } from '../components/Section';
import { ChurnForm } from './ChurnForm';
import { FormNotice, useFormNotice } from './FormNotice';
import { TaskForm } from './TaskForm';
import { nameAndId, subjectNames } from './subjectNames';
import { TaskList } from './TaskList';
import { today } from './useWorkState';
import { useWorkText } from './useWorkText';

const useStyles = makeStyles({
  owner: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  week: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
});

export function FollowUpsPanel({ state, asOf, onChanged }: { state: WorkState; asOf: number; onChanged: () => Promise<void> }) {
  const work = useWorkPort();
  const styles = useStyles();
  const { t, w } = useWorkText();
  const [busy, setBusy] = useState(false);
  const generated = useFormNotice(onChanged);
  const listed = useFormNotice(onChanged);
  const taskNotice = useFormNotice(onChanged);
  const churnNotice = useFormNotice(onChanged);
  const names = subjectNames(state);
  const late = overdue(state.tasks, asOf);
  const lateSummary = splitBacklog(late, asOf).backlog;
  const agenda = agendaByOwnerAndWeek(state.tasks, asOf);
  const date = isoDate(asOf);

  const run = async (notice: typeof generated, action: () => Promise<string>) => {
    setBusy(true);
    try {
      await notice.onSaved(await action());
    } catch (e) {
      notice.onError(e);
    } finally {
      setBusy(false);
    }
  };
  const generate = () =>
    run(generated, async () => {
      const report = await work.generateDueTasks(asOf);
      const added = t('generated', { added: report.added.length, date, kept: report.kept, unchanged: report.unchanged });
      const backlog = report.backlog.count > 0 && report.backlog.oldest !== null ? ` ${t('backlogSummary', { count: report.backlog.count, date, oldest: isoDate(report.backlog.oldest) })}` : '';
      return added + backlog;
    });
  const complete = (task: FollowUp) =>
    run(listed, async () => {
      await work.saveTasks([markDone(task, today())]);
      return t('taskDone', { type: w(`followUp.type.${task.type}`), subject: nameAndId(names, task.subjectId) });
    });

  return (
    <>
      <Section title={t('generate')}>
        <Caption1>{t('generateHint', { date })}</Caption1>
        <Button appearance="primary" disabled={busy} onClick={() => void generate()}>
          {t('generate')}
        </Button>
        <FormNotice notice={generated.notice} />
      </Section>
      <Section title={t('overdue')}>
        <FormNotice notice={listed.notice} />
        {lateSummary.count > 0 && lateSummary.oldest !== null && <Caption1>{t('overdueSummary', { count: lateSummary.count, oldest: isoDate(lateSummary.oldest) })}</Caption1>}
        <TaskList names={names} label={t('overdue')} tasks={late} onDone={(task) => void complete(task)} busy={busy} />
      </Section>
      <Section title={t('dueThisWeek')}>
        <TaskList names={names} label={t('dueThisWeek')} tasks={dueThisWeek(state.tasks, asOf)} onDone={(task) => void complete(task)} busy={busy} />
      </Section>
      <Section title={t('byOwner')}>
        {agenda.length === 0 && <Caption1>{t('noTasks')}</Caption1>}
        {agenda.map((group) => {
          const owner = group.owner || t('unassigned');
          return (
            <div key={group.owner || '-'} className={styles.owner}>
              <Subtitle2 as="h3">{owner}</Subtitle2>
              {group.overdue.count > 0 && group.overdue.oldest !== null && <Caption1>{t('ownerOverdue', { count: group.overdue.count, oldest: isoDate(group.overdue.oldest) })}</Caption1>}
              {group.weeks.map((week) => {
                const title = t('weekOf', { date: isoDate(week.weekStart) });
                return (
                  <div key={week.weekStart}>
                    <h4 className={styles.week}>{title}</h4>
                    <TaskList names={names} label={`${owner}: ${title}`} tasks={week.tasks} onDone={(task) => void complete(task)} busy={busy} />
                  </div>
                );
              })}
            </div>
          );
        })}
      </Section>
      <Section title={t('taskForm')}>
        <TaskForm state={state} onSaved={taskNotice.onSaved} onError={taskNotice.onError} />
        <FormNotice notice={taskNotice.notice} />
      </Section>
      <Section title={t('churnForm')}>
        <ChurnForm state={state} onSaved={churnNotice.onSaved} onError={churnNotice.onError} />
        <FormNotice notice={churnNotice.notice} />
      </Section>
    </>
  );
}
