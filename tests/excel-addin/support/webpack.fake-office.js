// The fake office.js of the task pane's browser test (fake-office-entry.ts), as one script.

const path = require('path');
const tsRule = require('../../../ui/build/ts-rule');

const root = path.resolve(__dirname, '..', '..', '..');

module.exports = (env = {}, argv = {}) => ({
  mode: argv.mode || 'development',
  context: root,
  target: ['web', 'es2019'],
  entry: { office: './tests/excel-addin/support/fake-office-entry.ts' },
  output: { path: path.resolve(env.outDir || path.join(root, 'dist', 'test-office')), filename: '[name].js', clean: true },
  devtool: false,
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [tsRule(path.join(root, 'excel-addin', 'tsconfig.json'))] },
  stats: 'errors-warnings',
});
