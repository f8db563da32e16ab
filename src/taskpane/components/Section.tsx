/** A compact card with a heading: the pane's building block. */
import type { ReactNode } from 'react';
import { Card, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  heading: { margin: 0 },
});

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const styles = useStyles();
  return (
    <Card className={styles.card} size="small" role="region" aria-label={title}>
      <Subtitle2 as="h2" className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
      {actions}
    </Card>
  );
}
