import { useState } from 'react';
import { Button, FluentProvider, Text, Title3, webLightTheme } from '@fluentui/react-components';
import { listSheets, type SheetSummary } from '../excel/sheets';

/** Placeholder shell: proves the pane loads and reaches the workbook through the adapter. */
export function App() {
  const [sheets, setSheets] = useState<SheetSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const findSheets = async () => {
    try {
      setSheets(await listSheets());
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16, display: 'flex', flexDirection: 'column', gap: 12 }}>
        <Title3 as="h1">Tiers</Title3>
        <Button appearance="primary" onClick={findSheets}>
          Find sheets
        </Button>
        {error && <Text role="alert">{error}</Text>}
        {sheets && (
          <ul aria-label="Sheets">
            {sheets.map((s) => (
              <li key={s.name}>
                {s.name}: {s.rows} rows × {s.columns} columns
              </li>
            ))}
          </ul>
        )}
      </main>
    </FluentProvider>
  );
}
