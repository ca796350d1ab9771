// GENERATED FILE: do not edit. Written by `npm run codegen` from codegen.yml, schema/schema.graphql and test/.
/* eslint-disable */
export * from "./gql.ts";