/** Prospects (docs/domain.md section 4): import, the prospect form with MAN and stages, conversion. */
import { useState } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { WorkState } from '../services/workPort';
import { Section } from '../components/Section';
import { ConversionView } from './ConversionView';
import { ImportForm } from './ImportForm';
import { ProspectForm } from './ProspectForm';
import { errorText } from './useWorkState';
import { useWorkText } from './useWorkText';

export function ProspectsPanel({ state, onChanged }: { state: WorkState; onChanged: () => Promise<void> }) {
  const { t } = useWorkText();
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const fail = (e: unknown) => setNotice({ intent: 'error', text: t('error', { message: errorText(e) }) });
  const done = async (text: string) => {
    setNotice({ intent: 'success', text });
    await onChanged();
  };
  return (
    <>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <Section title={t('importForm')}>
        <ImportForm state={state} onSaved={done} onError={fail} />
      </Section>
      <Section title={t('prospectForm')}>
        <ProspectForm state={state} onSaved={done} onError={fail} />
      </Section>
      <Section title={t('conversion')}>
        <ConversionView prospects={state.prospects} />
      </Section>
    </>
  );
}
