import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

/** Import patterns the files of one layer may not use. */
function restrictImports(files, ...patterns) {
  return { files, rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] } };
}

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
  // The layers point one way (docs/DESIGN.md): app → components, server → db → lib.
  restrictImports(["components/**"], {
    regex: "^@/(db|server|app)(/|$)",
    allowTypeImports: true,
    message: "components/ is shared UI and never touches the database: the page loads the data and passes it as props, and hands in the route's server actions.",
  }),
  restrictImports(["lib/**"], {
    regex: "^@/(db(/index|/client)?|db/queries(/.*)?|server(/.*)?|app(/.*)?)$",
    message: "lib/ is pure rules and formatting: it may use the schema's types and enums (@/db/schema), never the database, data functions or server glue.",
  }),
  restrictImports(["server/**"], { regex: "^(@/|(\\.\\./)+)app(/|$)", message: "server/ never imports a route." }),
  restrictImports(
    ["db/**"],
    { regex: "^(@/|(\\.\\./)+)app(/|$)", message: "db/ never imports a route." },
    { regex: "^(@/|(\\.\\./)+)server(/|$)", message: "db/ never imports server glue: server/ calls db/, not the other way round." },
  ),
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
