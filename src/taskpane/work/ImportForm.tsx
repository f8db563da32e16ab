/** Import a contact list from a sheet into the Prospects table, reporting duplicates and invalid rows. */
import { useState } from 'react';
import { Button, Dropdown, Field, Input, Option, Text } from '@fluentui/react-components';
import type { ProspectImportReport } from '../../domain/work';
import { useWorkPort, type WorkState } from '../services/workPort';
import { today } from './useWorkState';
import { useFormStyles } from './formStyles';
import { useWorkText } from './useWorkText';

export function ImportForm({ state, onSaved, onError }: { state: WorkState; onSaved: (text: string) => Promise<void>; onError: (e: unknown) => void }) {
  const work = useWorkPort();
  const styles = useFormStyles();
  const { t, w } = useWorkText();
  const [sheet, setSheet] = useState('');
  const [owner, setOwner] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ProspectImportReport | null>(null);
  const sheetError = tried && sheet === '' ? t('noSheet') : report?.error ? w(report.error) : undefined;

  const run = async () => {
    setTried(true);
    if (sheet === '') return;
    setBusy(true);
    try {
      const result = await work.importProspectsFromSheet({ sheet, day: today(), owner });
      setReport(result);
      await onSaved(t('importReport', { added: result.added.length, duplicates: result.duplicates.length, invalid: result.invalid.length }));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  const issues = report ? [...report.invalid, ...report.duplicates].sort((a, b) => a.row - b.row) : [];
  return (
    <form
      className={styles.form}
      aria-label={t('importForm')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <Field label={t('importSheet')} required validationMessage={sheetError ?? null} validationState={sheetError ? 'error' : 'none'}>
        <Dropdown value={sheet} selectedOptions={sheet ? [sheet] : []} onOptionSelect={(_, d) => setSheet(d.optionValue ?? '')}>
          {state.importableSheets.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('owner')}>
        <Input name="importOwner" value={owner} onChange={(_, d) => setOwner(d.value)} />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy}>
        {t('importButton')}
      </Button>
      {report && !report.error && (
        <>
          <Text role="status">{t('importReport', { added: report.added.length, duplicates: report.duplicates.length, invalid: report.invalid.length })}</Text>
          {issues.length > 0 && (
            <ul className={styles.list} aria-label={t('importForm')}>
              {issues.map((issue) => (
                <li key={issue.row}>
                  <Text size={200}>{t('importRow', { row: issue.row, reason: w(issue.key) })}</Text>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </form>
  );
}
