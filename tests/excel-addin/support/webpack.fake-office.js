// The fake office.js of the task pane's browser test (fake-office-entry.ts), as one script.

const path = require('path');

const root = path.resolve(__dirname, '..', '..', '..');

module.exports = (env = {}, argv = {}) => ({
  mode: argv.mode || 'development',
  context: root,
  target: ['web', 'es2019'],
  entry: { office: './tests/excel-addin/support/fake-office-entry.ts' },
  output: { path: path.resolve(env.outDir || path.join(root, 'dist', 'test-office')), filename: '[name].js', clean: true },
  devtool: false,
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        options: {
          configFile: path.join(root, 'excel-addin', 'tsconfig.json'),
          transpileOnly: true,
          compilerOptions: { module: 'es2020', target: 'es2019', noEmit: false },
        },
      },
    ],
  },
  stats: 'errors-warnings',
});
