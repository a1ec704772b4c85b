/**
 * dependency-cruiser rules, run by `npm test`: no import cycles (type-only imports included), and data
 * flows one way — no module imports from a layer above its own.
 */
const LAYERS = [
  ['kernel', '^src/(reply|i18n|clock|log|config|config-error)\\.ts$'],
  ['parse', '^src/(plans|calendar|files)/'],
  ['store', '^src/store/'],
  ['services', '^src/services/'],
  ['dispatch', '^src/dispatch/'],
  ['commands', '^commands/'],
  ['adapters', '^src/adapters/'],
  ['app', '^src/(app|main|cli|bench|bin)\\.ts$'],
];

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Import cycles, type-only ones included, tie layers together.',
      from: {},
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map(([name, path], i) => ({
      name: `${name}-imports-upward`,
      severity: 'error',
      comment: `${name} must not import from a layer above it (${LAYERS.slice(i + 1)
        .map(([n]) => n)
        .join(', ')}).`,
      from: { path },
      to: { path: LAYERS.slice(i + 1).map(([, p]) => p) },
    })),
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
  },
};
