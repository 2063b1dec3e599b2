// The one webpack rule every bundle of the project uses for TypeScript: ts-loader transpiling only
// (types are checked by `npm run typecheck`), to ES2019 modules, with the given tsconfig.

/**
 * @param {string} configFile the tsconfig.json whose settings the loader starts from
 * @param {{ sourceMap?: boolean }} [options]
 */
function tsRule(configFile, { sourceMap = false } = {}) {
  return {
    test: /\.ts$/,
    loader: 'ts-loader',
    exclude: /node_modules/,
    options: {
      configFile,
      transpileOnly: true,
      compilerOptions: { module: 'es2020', target: 'es2019', noEmit: false, sourceMap },
    },
  };
}

module.exports = tsRule;
