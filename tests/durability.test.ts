import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { requests } from "@/db/schema";

const dir = mkdtempSync(path.join(os.tmpdir(), "portal-durability-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A server killed without warning (power cut, OOM killer) must not lose a request it already acknowledged.
it("an acknowledged write on the embedded database survives SIGKILL", async () => {
  // One process (node --import tsx): the tsx CLI would run the writer in a grandchild that SIGKILL misses.
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/write-then-wait.ts", dir], {
    env: { ...process.env, DATABASE_URL: "" },
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ACK") && resolve());
    child.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    child.on("exit", (code) => reject(new Error(`child exited early (${code})`)));
  });
  child.kill("SIGKILL");
  await new Promise((resolve) => child.once("close", resolve));

  const reopened = await openDatabase({ dataDir: dir });
  const [row] = await reopened.db.select({ body: requests.body }).from(requests).where(eq(requests.referenceCode, "DEMQ-2345"));
  await reopened.close();
  expect(row?.body).toBe("acknowledged before the kill");
}, 120_000);
