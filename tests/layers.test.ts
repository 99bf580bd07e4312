import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/*
 * The layers point one way (docs/DESIGN.md): app → components, server → db → lib. ESLint keeps them so; these
 * tests lint a few lines as if they sat in each folder, so that losing a rule fails here, not in review.
 */
const eslint = new ESLint();

async function refusedImports(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports" || m.ruleId === "no-restricted-syntax")
    .map((m) => source.split("\n")[m.line - 1]!.replace(/^import (type )?\{ ?(\w+).*$/, "$2").trim());
}

const imports = `import { getDb } from "@/db";
import { listQueue } from "@/db/queries/queue";
import { requireStaff } from "@/server/auth";
import { replyAction } from "@/app/[locale]/(dashboard)/dashboard/actions";
import { requestStatuses } from "@/db/schema";
import type { PublicProfile } from "@/db/queries/directory";
import type { Db } from "@/db";
export const used = [getDb, listQueue, requireStaff, replyAction, requestStatuses];
export type Used = PublicProfile | Db;
`;

describe("the layers", () => {
  it("keep components/ to shared UI: no database, data function, server glue or route, types aside", async () => {
    expect(await refusedImports("components/probe.tsx", imports)).toEqual(["getDb", "listQueue", "requireStaff", "replyAction", "requestStatuses"]);
  }, 60_000);

  it("keep lib/ pure: the schema's enums and types, never the database, data functions, server glue or routes", async () => {
    expect(await refusedImports("lib/probe.ts", imports)).toEqual(["getDb", "listQueue", "requireStaff", "replyAction", "PublicProfile", "Db"]);
  }, 60_000);

  it("keep db/ from routes and server glue, and server/ from routes", async () => {
    const relative = `import { a } from "../app/x";\nimport { b } from "../server/y";\nexport const used = [a, b];\n`;
    expect(await refusedImports("db/queries/probe.ts", imports + relative)).toEqual(["requireStaff", "replyAction", "a", "b"]);
    expect(await refusedImports("server/probe.ts", imports + relative)).toEqual(["replyAction", "a"]);
  }, 60_000);

  it("let no one but the proof checks make a resident's grant", async () => {
    const cast = `import type { ResidentGrant } from "@/db/queries/resident-grant";\nexport const forged = { status: "ok", requestId: "x", referenceCode: "y" } as unknown as ResidentGrant;\n`;
    expect(await refusedImports("app/api/probe/route.ts", cast)).toHaveLength(1);
    expect(await refusedImports("db/queries/resident-grant.ts", cast)).toEqual([]);
  }, 60_000);
});
