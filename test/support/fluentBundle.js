/**
 * jest globalSetup (jest.config.js): `@fluentui/react-components` for the unit tests as one file,
 * .cache/jest/fluentui-react-components.cjs, holding only the components the code imports.
 *
 * Why: the package's CommonJS entry loads about 2,100 modules (every Fluent component), and jest
 * loads them again in every test file that renders the pane: about 3.8 s of CPU per file. The same
 * package's ES modules, bundled by esbuild with only the names src/ and test/ import (webpack
 * shakes the production bundle the same way), load in about 0.3 s. Same version, same code: React and
 * React DOM stay outside the bundle, so the tests and Fluent share one React. The names are read from
 * the import statements each run; the file is rebuilt when they or a version change (a name missing
 * from the bundle would be undefined in the test, which fails, never passes).
 */
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = '@fluentui/react-components';
const OUT = path.join(ROOT, '.cache', 'jest', 'fluentui-react-components.cjs');
const IMPORT = /(?:import|export)\s+(type\s+)?\{([^}]*)\}\s+from\s+'@fluentui\/react-components'/g;

/** Every value (not type) name the code imports from the package, sorted. */
function importedNames() {
  const names = new Set();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name)) {
        const text = fs.readFileSync(file, 'utf8');
        if (!text.includes(PACKAGE)) continue;
        if (/import\s+\*\s+as\s+\w+\s+from\s+'@fluentui\/react-components'|require\('@fluentui\/react-components'\)/.test(text)) {
          throw new Error(`${path.relative(ROOT, file)} imports all of ${PACKAGE}: import the components by name (test/support/fluentBundle.js bundles only those).`);
        }
        for (const [, typeOnly, list] of text.matchAll(IMPORT)) {
          if (typeOnly) continue;
          for (const part of list.split(',')) {
            const name = part
              .trim()
              .split(/\s+as\s+/)[0]
              .trim();
            if (name && !name.startsWith('type ')) names.add(name);
          }
        }
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  walk(path.join(ROOT, 'test'));
  return [...names].sort();
}

function firstLine(file) {
  try {
    const fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(200);
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    fs.closeSync(fd);
    return buffer.subarray(0, n).toString('utf8').split('\n')[0];
  } catch {
    return '';
  }
}

module.exports = function fluentBundle() {
  const names = importedNames();
  const versions = [PACKAGE, 'esbuild'].map((p) => `${p}@${require(`${p}/package.json`).version}`);
  const key = `// fluentBundle ${createHash('sha256')
    .update(JSON.stringify([versions, names]))
    .digest('hex')}`;
  if (firstLine(OUT) === key) return;
  const { buildSync } = require('esbuild');
  const result = buildSync({
    stdin: { contents: `export { ${names.join(', ')} } from '${PACKAGE}';`, resolveDir: ROOT, sourcefile: 'fluentBundle-entry.js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // The packages' ES modules, which the bundler can shake (their CommonJS files it cannot).
    mainFields: ['module', 'main'],
    external: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    banner: { js: key },
    write: false,
    logLevel: 'warning',
  });
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  const tmp = `${OUT}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, result.outputFiles[0].contents);
  fs.renameSync(tmp, OUT);
};

module.exports.FLUENT_BUNDLE = OUT;
