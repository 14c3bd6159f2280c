// @graphql-eslint's schema-relay rules over the served SDL (written to target/client-checks/schema.graphql).
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

export default [
  {
    files: ['**/*.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: process.env.SUMMITGRAPH_SDL } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-relay'].rules,
      // Bounded relations are plain lists by design (an event's handful of agreements, a fact's citations), and
      // connections offer the `nodes` shortcut beside `edges` (README, "The API in brief"): only unbounded lists
      // are connections, so lists need not wrap edge types.
      '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false }],
    },
  },
];
