/** Import rules of adsauth's layers (docs/architecture.md); run by `npm run lint:imports`. */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'Modules form a tree: a cycle means two modules should be one, or a port is missing.', from: { path: '^src' }, to: { circular: true} },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js'] },
  },
};
