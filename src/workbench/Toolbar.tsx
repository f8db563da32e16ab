/** The workbench's own toolbar: load an .xlsx, reset to the sample, switch the display language. */
import { useRef, useState } from 'react';

export const LANGUAGES = [
  { code: 'en-US', label: 'English (en-US)' },
  { code: 'zh-CN', label: '中文 (zh-CN)' },
] as const;

export interface ToolbarProps {
  language: string;
  onLoadFile(file: File): Promise<void>;
  onReset(): void;
  onLanguage(code: string): void;
}

export function Toolbar({ language, onLoadFile, onReset, onLanguage }: ToolbarProps) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string>('');
  const load = async (file: File | undefined) => {
    if (!file) return;
    setStatus(`Loading ${file.name}…`);
    try {
      await onLoadFile(file);
      setStatus(`Loaded ${file.name}`);
    } catch (e) {
      setStatus(`Could not load ${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <header className="wb-toolbar">
      <div className="wb-brand">
        <span className="wb-logo" aria-hidden="true">
          X
        </span>
        <span className="wb-title">Tiers workbench</span>
        <span className="wb-subtitle">task pane over the Excel simulator</span>
      </div>
      <div className="wb-actions">
        <button type="button" className="wb-button" onClick={() => input.current?.click()}>
          Load .xlsx
        </button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          data-testid="file-input"
          onChange={(e) => {
            void load(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <button type="button" className="wb-button" onClick={onReset}>
          Reset sample
        </button>
        <label className="wb-language">
          <span>Display language</span>
          <select value={language} onChange={(e) => onLanguage(e.target.value)} aria-label="Display language">
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <span className="wb-status" role="status">
          {status}
        </span>
      </div>
    </header>
  );
}
