import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // A delete or update without WHERE touches every row: always a bug here.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["db/queries/resident-grant.ts"],
    rules: {
      // A resident's grant is made only by the proof checks in db/queries/resident-grant.ts: a cast would be a
      // way round them.
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression[typeAnnotation.typeName.name='ResidentGrant'], TSTypeAssertion[typeAnnotation.typeName.name='ResidentGrant']",
          message: "Only db/queries/resident-grant.ts makes a ResidentGrant (from a checked proof); never cast to one.",
        },
      ],
    },
  },
  { ignores: [".next/**", "node_modules/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
