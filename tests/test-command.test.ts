import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Runs an npm script as `npm test` would before its own command, with CHROMIUM_PATH (and more) as given. */
function runScript(script: string, chromiumPath: string, env: Record<string, string> = {}) {
  const result = spawnSync("npm", ["run", "--silent", script], { env: { ...process.env, CHROMIUM_PATH: chromiumPath, ...env }, encoding: "utf8" });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

const HOW = "install Debian's chromium: apt-get install chromium (or set CHROMIUM_PATH)";

describe("npm test on a machine without Debian's chromium", () => {
  it.each(["pretest", "pretest:e2e"])("stops before anything else (%s) with one line that says how to get it", (script) => {
    const result = runScript(script, "/nonexistent/chromium");
    expect(result.status).not.toBe(0);
    expect(result.stderr.split("\n")).toEqual([expect.stringContaining(HOW)]);
    expect(result.stderr).toContain("/nonexistent/chromium");
  });

  it("also stops when CHROMIUM_PATH names a folder, not a program", () => {
    expect(runScript("pretest", "/usr").status).not.toBe(0);
  });

  it("goes on, silently, when CHROMIUM_PATH names a program", () => {
    expect(runScript("pretest", process.execPath)).toEqual({ status: 0, stderr: "", stdout: "" });
  });
});

describe("npm test on PostgreSQL on a machine without nginx", () => {
  const postgres = { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres" };

  it("stops before anything else with one line that says how to get it", () => {
    const result = runScript("pretest", process.execPath, { ...postgres, NGINX_PATH: "/nonexistent/nginx" });
    expect(result.status).not.toBe(0);
    expect(result.stderr.split("\n")).toEqual([expect.stringContaining("apt-get install nginx (or set NGINX_PATH)")]);
  });

  it("does not need it on the embedded database", () => {
    expect(runScript("pretest", process.execPath, { DATABASE_URL: "", NGINX_PATH: "/nonexistent/nginx" })).toEqual({ status: 0, stderr: "", stdout: "" });
  });
});
