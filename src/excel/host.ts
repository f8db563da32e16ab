/** The Office host around the pane: readiness, display language, theme and requirement sets. */

export interface HostInfo {
  host: string | null;
  platform: string | null;
}

/** Resolves when Office.js has initialised (in Excel, or in the workbench's simulator). */
export async function whenOfficeReady(): Promise<HostInfo> {
  const info = await Office.onReady();
  return { host: info.host ? String(info.host) : null, platform: info.platform ? String(info.platform) : null };
}

/** Office's display language, e.g. "en-US" or "zh-CN". */
export function displayLanguage(): string {
  return Office.context?.displayLanguage ?? 'en-US';
}

/** True when the host supports the given ExcelApi requirement set (version as a string, e.g. "1.9"). */
export function supportsExcelApi(version: string): boolean {
  return Office.context?.requirements?.isSetSupported('ExcelApi', version) ?? false;
}

export interface HostTheme {
  dark: boolean;
  bodyBackground: string | null;
}

/** The Office theme, where the host exposes one (officeTheme is not in every host). */
export function officeTheme(): HostTheme {
  const theme = (Office.context as { officeTheme?: Office.OfficeTheme } | undefined)?.officeTheme;
  const background = theme?.bodyBackgroundColor ?? null;
  return { dark: background ? isDarkColour(background) : false, bodyBackground: background };
}

/**
 * Calls `onChange` whenever the Office theme changes while the pane is open (the user switches
 * Office to dark, or Windows does). Excel raises no theme event to add-ins, so the theme is read
 * again every `intervalMs` and when the pane regains focus. Returns a function that stops.
 */
export function watchOfficeTheme(onChange: (theme: HostTheme) => void, intervalMs = 2_000): () => void {
  let last = officeTheme();
  const check = () => {
    const now = officeTheme();
    if (now.dark === last.dark && now.bodyBackground === last.bodyBackground) return;
    last = now;
    onChange(now);
  };
  const timer = setInterval(check, intervalMs);
  const target = typeof window !== 'undefined' ? window : undefined;
  target?.addEventListener('focus', check);
  return () => {
    clearInterval(timer);
    target?.removeEventListener('focus', check);
  };
}

function isDarkColour(hex: string): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return false;
  const value = parseInt(match[1] ?? '0', 16);
  const r = (value >> 16) & 255;
  const g = (value >> 8) & 255;
  const b = value & 255;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
