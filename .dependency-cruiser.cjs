/**
 * Import boundaries of DESIGN.md section 2. `npm test` runs this (npm run check:boundaries);
 * a violation fails the build.
 */
const ADAPTERS = '^src/(db|server|cli|ingest|platform|config)/';

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'src/core imports only src/core: no adapter, framework, database driver or I/O module. ' +
        'Allowed: node:crypto for hashing (audit chain) and the pure `yaml` parser for policy text ' +
        '(files are read by adapters; core parses the text it is given), TypeBox, the pure schema ' +
        'language of every input (src/core/shared/validate-input.ts), and the pure `otpauth` library for ' +
        'RFC 6238 codes (HMAC over node:crypto; the instant is always given).',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        pathNot: [
          '^src/core/',
          '^crypto$',
          '^node:crypto$',
          '^node_modules/yaml/',
          '^node_modules/typebox/',
          '^node_modules/otpauth/',
        ],
      },
    },
    {
      name: 'core-imports-no-node-builtin',
      comment: 'Time, files, network and processes reach the core through ports.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'], pathNot: ['^crypto$', '^node:crypto$'] },
    },
    {
      name: 'adapters-do-not-import-each-other',
      comment:
        'db, server, cli, ingest and platform import core (and config), never each other; only the ' +
        'composition roots (src/composition, */main.ts) wire adapters together. Type-only imports of ' +
        'the composition types are allowed.',
      severity: 'error',
      from: { path: ADAPTERS, pathNot: ['/main\\.ts$'] },
      to: {
        path: ['^src/(db|server|cli|ingest|platform|composition)/'],
        pathNot: ['^src/$1/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'web-talks-http-only',
      comment: 'web/ imports only shared API types (type-only) from src/.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-features-are-independent',
      comment:
        'A feature folder (web/src/features/<name>/) imports shared code (web/src/shared) and its own files, never ' +
        'another feature: what two features need goes to web/src/shared; pages that combine features are composed ' +
        'in web/src/app (the route table).',
      severity: 'error',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/', pathNot: ['^web/src/features/$1/'] },
    },
    {
      name: 'web-shared-imports-no-feature-or-app',
      comment: 'web/src/shared is below the features and the app: it imports neither.',
      severity: 'error',
      from: { path: '^web/src/shared/' },
      to: { path: '^web/src/(features|app)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.test\\.ts$', '^dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
