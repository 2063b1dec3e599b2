// The pane with a scripted host (fake-host-entry.ts) as ONE HTML file, built exactly as the Apps
// Script sidebar is: through ui/build/inline-pane-plugin.js.

const path = require('path');
const InlinePanePlugin = require('../../../ui/build/inline-pane-plugin');
const tsRule = require('../../../ui/build/ts-rule');

const root = path.resolve(__dirname, '..', '..', '..');

module.exports = (env = {}, argv = {}) => ({
  mode: argv.mode || 'production',
  context: root,
  target: ['web', 'es2019'],
  entry: { pane: './tests/ui/support/fake-host-entry.ts' },
  output: { path: path.resolve(env.outDir || path.join(root, 'dist', 'test-pane')), filename: '[name].js', clean: true },
  devtool: false,
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [tsRule(path.join(root, 'excel-addin', 'tsconfig.json'))] },
  plugins: [new InlinePanePlugin({ chunk: 'pane', filename: 'sidebar.html' })],
  stats: 'errors-warnings',
});
