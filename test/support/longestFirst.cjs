/**
 * jest testSequencer (jest.config.js, jest.browser.config.js): the longest test files start first, so
 * the workers finish together instead of one running a long file alone at the end. jest's own order
 * uses the times its cache kept from the last run on this machine and, without them (a clean clone,
 * as in CI), the file size, which says little here: the longest browser file is one of the shortest,
 * and a browser run ended with one worker idle for 18 s. So a file without a cached time takes
 * the time recorded below, and files with neither come last, largest first. Only the order changes:
 * every file still runs. Failed files of the last run still go first, as in jest.
 */
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const ROOT = path.resolve(__dirname, '..', '..');

/** Seconds per file in a full `CI=true npm test` on the 2-core machine (docs/testing.md, "Where the time goes"); files above ~4 s. */
const RECORDED = {
  'test/taskpane/applyAfterPreview.test.ts': 56,
  'test/cli/predictive.test.ts': 15,
  'test/excel/entryPoints.test.ts': 13,
  'test/excel/ownedTableColumns.test.ts': 12,
  'test/reliability/faults.test.ts': 12,
  'test/cli/sheetThread.test.ts': 11,
  'test/cli/customerThread.test.ts': 10,
  'test/excel/payload.test.ts': 10,
  'test/excel/faults.test.ts': 10,
  'test/cli/workbookSettings.test.ts': 9,
  'test/cli/score.test.ts': 9,
  'test/cli/orderFile.test.ts': 8,
  'test/cli/orderOnly.test.ts': 8,
  'test/cli/backtest.test.ts': 8,
  'test/manifest/officeApiSets.test.ts': 8,
  'test/cli/sheetLanguage.test.ts': 7,
  'test/reliability/corpus.test.ts': 7,
  'test/cli/streamedOrders.test.ts': 6,
  'test/simulator/limits.test.ts': 6,
  'test/cli/badInput.test.ts': 6,
  'test/cli/render.test.ts': 6,
  'test/domain/clv/predictive/predictive.test.ts': 6,
  'test/cli/traditionalHeaders.test.ts': 6,
  'test/cli/varcharCells.test.ts': 5,
  'test/domain/scoreOrderTable.test.ts': 5,
  'test/reliability/fuzz.test.ts': 5,
  'test/sample/shippedSamples.test.ts': 5,
  'test/domain/score.test.ts': 5,
  'test/domain/analyse.test.ts': 4,
  'test/taskpane/views/tierNamesEditor.test.tsx': 4,
  'test/cli/previousColumns.test.ts': 4,
  'test/browser/pane/narrow.test.ts': 50,
  'test/browser/workbench.test.ts': 39,
  'test/browser/work/work.test.ts': 30,
  'test/browser/pane/pane.test.ts': 28,
  'test/browser/personas/personas.zh-CN.test.ts': 27,
  'test/browser/personas/personas.zh-TW.test.ts': 27,
  'test/browser/personas/personas.en-US.test.ts': 20,
  'test/browser/pane/reload.test.ts': 15,
  'test/browser/pane/modelCheck.test.ts': 6,
  'test/browser/pane/studies.test.ts': 5,
  'test/browser/pane/problemWords.test.ts': 5,
  'test/browser/security/officeJs.test.ts': 5,
  'test/browser/pane/runNotes.test.ts': 4,
  'test/browser/pane/settingsNotes.test.ts': 4,
  'test/browser/security/security.test.ts': 4,
};

class LongestFirst extends Sequencer {
  sort(tests) {
    const size = (test) => test.context.hasteFS.getSize(test.path) ?? 0;
    const seconds = (test) => {
      const cached = this.time(test);
      if (cached != null) return cached / 1000;
      return RECORDED[path.relative(ROOT, test.path).split(path.sep).join('/')] ?? null;
    };
    const keyed = tests.map((test) => ({ test, failed: this.hasFailed(test), seconds: seconds(test), size: size(test) }));
    keyed.sort((a, b) => {
      if (a.failed !== b.failed) return a.failed ? -1 : 1;
      if ((a.seconds == null) !== (b.seconds == null)) return a.seconds == null ? 1 : -1;
      if (a.seconds != null && b.seconds != null && a.seconds !== b.seconds) return b.seconds - a.seconds;
      return b.size - a.size;
    });
    return keyed.map((k) => k.test);
  }
}

module.exports = LongestFirst;
