/** A short list of follow-up tasks, each with a "Mark done" button. */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { isoDate, isWorkMessageId, type FollowUp } from '../../domain/work';
import { nameAndId, type SubjectNames } from './subjectNames';
import { useWorkText } from './useWorkText';

/** Lists stay short enough to scan in a narrow pane; the table holds the rest. */
const SHOWN = 12;

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export function TaskList({ label, tasks, names, onDone, busy }: { label: string; tasks: readonly FollowUp[]; names: SubjectNames; onDone: (task: FollowUp) => void; busy: boolean }) {
  const styles = useStyles();
  const { t, w } = useWorkText();
  if (tasks.length === 0) return <Text>{t('noTasks')}</Text>;
  return (
    <ul className={styles.list} aria-label={label}>
      {tasks.slice(0, SHOWN).map((task) => (
        <li key={task.id} className={styles.item}>
          <Text size={200} title={task.reason && isWorkMessageId(task.reason) ? w(task.reason) : task.notes || undefined}>
            {t('taskLine', { due: isoDate(task.dueDate), type: w(`followUp.type.${task.type}`), subject: nameAndId(names, task.subjectId) })}
            {task.owner ? ` · ${task.owner}` : ''}
          </Text>
          {task.status === 'open' && (
            <Button size="small" disabled={busy} onClick={() => onDone(task)} aria-label={`${t('markDone')}: ${task.id}`}>
              {t('markDone')}
            </Button>
          )}
        </li>
      ))}
      {tasks.length > SHOWN && (
        <li>
          <Text size={200}>{t('more', { count: tasks.length - SHOWN })}</Text>
        </li>
      )}
    </ul>
  );
}
