/** One figure with its label, for summary rows. */
import type { ReactNode } from 'react';
import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  stat: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  value: { fontVariantNumeric: 'tabular-nums' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(6.5rem, 1fr))', gap: tokens.spacingHorizontalS },
});

export function Stat({ label, value }: { label: string; value: string }) {
  const styles = useStyles();
  return (
    <div className={styles.stat}>
      <Caption1>{label}</Caption1>
      <Text size={400} weight="semibold" className={styles.value}>
        {value}
      </Text>
    </div>
  );
}

export function StatGrid({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.grid}>{children}</div>;
}
