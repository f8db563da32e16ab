/**
 * Every catalogue of the pane at once, for tests. The pane itself loads Traditional Chinese on
 * demand (loadCatalogue in src/taskpane/i18n/messages.ts), so its entry holds no such record.
 */
import { en, zh, type Catalogue, type Locale } from '../../src/taskpane/i18n/messages';
import { zhHant } from '../../src/taskpane/i18n/zhHant';

export const catalogues: Record<Locale, Catalogue> = { en, zh, 'zh-Hant': zhHant };
