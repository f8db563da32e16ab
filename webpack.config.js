// Builds the task pane (what Excel loads), the ribbon's function file, and the workbench (the task pane
// over the Excel simulator, for trying the add-in and for browser tests without Excel).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { devServerHttps } = require('./scripts/devServerHttps.cjs');
// webpack's own minimizer plugin (its default minimizer), resolved from webpack, run with SWC's minifier.
const MinimizerPlugin = require(require.resolve('minimizer-webpack-plugin', { paths: [path.dirname(require.resolve('webpack'))] }));

const DEV_URL = 'https://localhost:3000/';
// Set ADDIN_URL to the production host when building for deployment; manifest URLs are rewritten to it.
const PROD_URL = process.env.ADDIN_URL || DEV_URL;

module.exports = async (_env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    mode: dev ? 'development' : 'production',
    // No eval-based source maps: the task pane's Content-Security-Policy forbids 'unsafe-eval'.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
      workbench: './src/workbench/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Chunks loaded on demand (views after the first, the worker, a language's text) carry a hash of
      // their content, so a pane whose entry comes from an older deployment never mixes in newer chunks.
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } },
        // Our modules do nothing on import but define things, save the two imported for their effect
        // (noEval configures zod; the workbench's officeJs registers the client library). So a module
        // none of whose exports is used is left out, also behind a barrel (src/domain/work/index.ts
        // re-exports the whole work domain; the pane's entry needs a few of its words).
        {
          test: /\.tsx?$/,
          include: path.resolve(__dirname, 'src'),
          exclude: [path.resolve(__dirname, 'src/domain/noEval.ts'), path.resolve(__dirname, 'src/workbench/officeJs.ts')],
          sideEffects: false,
        },
        // The workbench bundles Microsoft's Office.js client library as text (src/workbench/officeJs.ts).
        { resourceQuery: /source/, type: 'asset/source' },
        // Dependencies ship newer syntax (tabster's `??=`, chart.js's static class fields): lower them to
        // ES2020 too, the oldest engine the manifest's ExcelApi floor admits (docs/excel-versions.md).
        { test: /\.m?js$/, include: /node_modules/, resourceQuery: { not: [/source/] }, loader: 'esbuild-loader', options: { target: 'es2020' } },
      ],
    },
    performance: { hints: false },
    // SWC's minifier (@swc/core, also the unit tests' transform) with webpack's default options for
    // terser (two compress passes): the same kind of output, each file a little smaller, in about a
    // third of the CPU (docs/testing.md, "Where the time goes").
    optimization: { minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify, minimizerOptions: { compress: { passes: 2 } } })] },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/taskpane/commands.html', chunks: ['commands'] }),
      // The workbench page loads workbench.js, which installs the simulator and then loads taskpane.js itself.
      new HtmlWebpackPlugin({ filename: 'workbench.html', template: './src/workbench/workbench.html', chunks: ['workbench'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().replaceAll(DEV_URL, PROD_URL)),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: await devServerHttps(),
      static: { directory: path.resolve(__dirname, 'dist') },
      open: false,
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};
