import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };

async function loadEnv(changes: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  vi.resetModules();
  return (await import("@/lib/env")).env;
}

describe("the environment checked at start", () => {
  beforeEach(() => {
    vi.resetModules();
  });
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    vi.resetModules();
  });

  it("stops on a database URL that is not PostgreSQL, naming DATABASE_URL", async () => {
    await expect(loadEnv({ DATABASE_URL: "mysql://x" })).rejects.toThrow(/DATABASE_URL/);
  });

  it("stops on an AUTH_SECRET shorter than 32 characters, naming AUTH_SECRET", async () => {
    await expect(loadEnv({ AUTH_SECRET: "short-secret" })).rejects.toThrow(/AUTH_SECRET/);
  });

  it("stops on a public address that is not http(s), naming PUBLIC_BASE_URL", async () => {
    await expect(loadEnv({ PUBLIC_BASE_URL: "ftp://police.example.cn" })).rejects.toThrow(/PUBLIC_BASE_URL/);
  });

  it("names only the variable that is wrong", async () => {
    const error = await loadEnv({ DATABASE_URL: "mysql://x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toMatch(/AUTH_SECRET|PUBLIC_BASE_URL/);
  });

  it("uses the defaults when nothing is set", async () => {
    const env = await loadEnv({ DATABASE_URL: undefined, PUBLIC_BASE_URL: undefined, PGLITE_DIR: undefined, TRUST_PROXY: undefined });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PUBLIC_BASE_URL).toBe("http://localhost:3000");
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.TRUST_PROXY).toBe(false);
  });

  it("treats an empty DATABASE_URL as unset (embedded database)", async () => {
    expect((await loadEnv({ DATABASE_URL: "" })).DATABASE_URL).toBeUndefined();
  });

  it("accepts a postgres URL and trims the trailing slash of the public address", async () => {
    const env = await loadEnv({
      DATABASE_URL: "postgresql://portal@db.internal:5432/portal",
      PUBLIC_BASE_URL: "https://police.example.cn/",
      TRUST_PROXY: "1",
    });
    expect(env.DATABASE_URL).toBe("postgresql://portal@db.internal:5432/portal");
    expect(env.PUBLIC_BASE_URL).toBe("https://police.example.cn");
    expect(env.TRUST_PROXY).toBe(true);
  });
});
