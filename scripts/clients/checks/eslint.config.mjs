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
    rules: graphqlPlugin.configs['flat/schema-relay'].rules,
  },
];
