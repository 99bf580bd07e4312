/**
 * Where this run's template databases are: made once by tests/support/global-setup.ts, cloned by each test
 * file's openTestDb(). Migrating and seeding the demo station per file cost most of a file's time.
 */
export interface TestTemplates {
  /** PostgreSQL: the names of the template databases on the server in DATABASE_URL. */
  postgres?: { seeded: string; bare: string };
  /** PGlite: files holding the dumped data folders. */
  pglite?: { seeded: string; bare: string };
}

declare module "vitest" {
  export interface ProvidedContext {
    testTemplates: TestTemplates;
  }
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
