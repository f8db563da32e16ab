/** Prospects (docs/domain.md section 4): import, the prospect form with MAN and stages, conversion. */
import type { WorkState } from '../services/workPort';
import { Section } from '../components/Section';
import { ConversionView } from './ConversionView';
import { ImportForm } from './ImportForm';
import { ProspectForm } from './ProspectForm';
import { FormNotice, useFormNotice } from './FormNotice';
import { useWorkText } from './useWorkText';

export function ProspectsPanel({ state, onChanged }: { state: WorkState; onChanged: () => Promise<void> }) {
  const { t } = useWorkText();
  const imported = useFormNotice(onChanged);
  const prospect = useFormNotice(onChanged);
  return (
    <>
      <Section title={t('importForm')}>
        <ImportForm state={state} onSaved={imported.onSaved} onError={imported.onError} />
        <FormNotice notice={imported.notice} />
      </Section>
      <Section title={t('prospectForm')}>
        <ProspectForm state={state} onSaved={prospect.onSaved} onError={prospect.onError} />
        <FormNotice notice={prospect.notice} />
      </Section>
      <Section title={t('conversion')}>
        <ConversionView prospects={state.prospects} />
      </Section>
    </>
  );
}
