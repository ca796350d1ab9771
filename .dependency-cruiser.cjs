/** The import rules of adsauth's layers (docs/architecture.md); `npm run lint:imports` checks them. */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules form a tree: a cycle (type imports included) means two modules should be one, or a port is missing.',
      from: { path: '^src' },
      to: { circular: true },
    },
    {
      name: 'domain-imports-nothing-of-ours',
      severity: 'error',
      comment: 'src/domain holds pure rules: it may import other domain files and packages, nothing else of ours.',
      from: { path: '^src/domain/' },
      to: { path: '^(src|db)/', pathNot: '^src/domain/' },
    },
    {
      name: 'repositories-never-import-services',
      severity: 'error',
      from: { path: '^src/repositories/' },
      to: { path: '^src/(services|graphql|http|routes|graph)/' },
    },
    {
      name: 'api-layer-never-imports-repositories',
      severity: 'error',
      comment: 'Resolvers, routes and plugins call use cases; the records they read come from src/services/records.ts.',
      from: { path: '^src/(graphql|routes|http)/|^src/(app|context|loaders)\\.ts$' },
      to: { path: '^(src/repositories|db)/' },
    },
    {
      name: 'services-never-import-the-api-layer',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: '^src/(graphql|http|routes|app\\.ts|server\\.ts|cli)' },
    },
    {
      name: 'only-the-root-wires-features',
      severity: 'error',
      comment: "A feature's module.ts is called by the composition root (src/services/index.ts) alone.",
      from: { path: '^src/', pathNot: '^src/services/index\\.ts$' },
      to: { path: '^src/services/[^/]+/module\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'only-app-imports-the-services-root',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(app|context|loaders)\\.ts$' },
      to: { path: '^src/services/index\\.ts$', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js'],
    },
  },
};
