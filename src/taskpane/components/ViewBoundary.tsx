/**
 * A view that fails to load or render (its chunk could not be fetched, say) shows a message with a
 * reload button instead of blanking the whole pane. Reloading is safe: the pane rebuilds its state
 * from the workbook on open, and nothing was written.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';

function ViewFailed({ reload }: { reload: () => void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{t('viewLoadFailed')}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={reload}>
          {t('reloadPane')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

interface ViewBoundaryProps {
  children: ReactNode;
  /** Defaults to reloading the pane's page. */
  reload?: () => void;
}

export class ViewBoundary extends Component<ViewBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <ViewFailed reload={this.props.reload ?? (() => window.location.reload())} />;
  }
}
