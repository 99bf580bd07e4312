import { afterEach, describe, expect, it } from "vitest";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { configureLog, installConsoleBridge, log } from "@/lib/log";

// Values no log line may carry, as a resident or a member of staff would have typed them.
const PHONE = "13812345678";
const ID_NUMBER = "11010519491231002X";
const SECRET = "Gq3x9ZkQ2mV7wP1sT8yL4nB6cD0eF5hJ";
const PASSWORD = "Wintersweet#1987";
const MESSAGE = "楼道里每天晚上有人给电动车充电，我住302室，电话13812345678";
const SESSION = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0.abc.def";

let lines: string[] = [];
let restore: () => void = () => {};

function capture(format: "json" | "text" = "json") {
  lines = [];
  restore = configureLog({ sink: (line) => lines.push(line), format, level: "debug" });
}
afterEach(() => restore());

const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
const everything = () => lines.join("\n");

function expectNothingPrivate() {
  for (const value of [PHONE, "12345678", ID_NUMBER, SECRET, PASSWORD, "电动车充电", SESSION]) expect(everything()).not.toContain(value);
}

describe("the server's log", () => {
  it("writes one JSON line per event, with time, level, message and the request's id", () => {
    capture();
    log.info("database ready", { driver: "postgres" });
    log.error("form action failed", { requestId: "9f1c2a4e-1d2b-4c3a-8e7f-0a1b2c3d4e5f" });
    expect(lines).toHaveLength(2);
    const [first, second] = entries();
    expect(first).toMatchObject({ level: "info", msg: "database ready", driver: "postgres" });
    expect(Number.isNaN(Date.parse(String(first!.time)))).toBe(false);
    expect(second).toMatchObject({ level: "error", requestId: "9f1c2a4e-1d2b-4c3a-8e7f-0a1b2c3d4e5f" });
  });

  it("withholds fields that carry secrets or what residents wrote, and masks phone and ID numbers anywhere", () => {
    capture();
    log.warn(`look-up failed for /track/ABCD-2345?k=${SECRET} from ${PHONE}`, {
      password: PASSWORD,
      body: MESSAGE,
      residentPhone: PHONE,
      idNumbers: { applicant: ID_NUMBER },
      headers: { cookie: `authjs.session-token=${SESSION}`, "user-agent": "Mozilla/5.0" },
      note: `ID ${ID_NUMBER}`,
      url: `postgres://portal:${PASSWORD}@db.internal:5432/portal`,
      landline: "call 0571-86120201",
    });
    expectNothingPrivate();
    const [entry] = entries();
    expect(entry).toMatchObject({ password: "[withheld]", body: "[withheld]", residentPhone: "[withheld]", note: "[withheld]" });
    expect(entry!.msg).toBe("look-up failed for /track/ABCD-2345?k=[secret] from [phone]");
    expect(entry!.url).toBe("postgres://portal:[secret]@db.internal:5432/portal");
    expect((entry!.headers as Record<string, string>)["user-agent"]).toBe("Mozilla/5.0");
    expect(entry!.landline).toBe("call [phone]");
  });

  it("keeps a failed query's SQL and error code but not the values that were sent with it", () => {
    capture();
    const driverError = Object.assign(new Error(`duplicate key value violates unique constraint "requests_reference_code_unique"`), {
      code: "23505",
      detail: `Key (resident_phone)=(${PHONE}) already exists.`,
      constraint_name: "requests_reference_code_unique",
    });
    const error = new DrizzleQueryError('insert into "requests" ("body", "resident_phone") values ($1, $2)', [MESSAGE, PHONE], driverError);
    log.error("form action failed", { error });
    expectNothingPrivate();
    const logged = entries()[0]!.error as Record<string, unknown>;
    expect(logged.message).toBe('Failed query: insert into "requests" ("body", "resident_phone") values ($1, $2)');
    expect(logged.cause).toMatchObject({ code: "23505", constraint_name: "requests_reference_code_unique" });
    expect(JSON.stringify(logged)).not.toContain("already exists.");
  });

  it("sends Next's and the libraries' console output through the same filter", () => {
    capture();
    const saved = { log: console.log, error: console.error, warn: console.warn, info: console.info, debug: console.debug };
    try {
      installConsoleBridge();
      console.error("⨯ Error rendering /track/ABCD-2345?k=%s", SECRET, new Error(`no request for phone ${PHONE}`));
      console.log("ready on 0.0.0.0:3000");
    } finally {
      Object.assign(console, saved);
      delete (globalThis as Record<symbol, unknown>)[Symbol.for("portal.log.console-bridge")];
    }
    expectNothingPrivate();
    const [error, info] = entries();
    expect(error).toMatchObject({ level: "error", msg: "⨯ Error rendering /track/ABCD-2345?k=[secret]" });
    expect((error!.error as Record<string, unknown>).message).toBe("no request for phone [phone]");
    expect(info).toMatchObject({ level: "info", msg: "ready on 0.0.0.0:3000" });
  });

  it("redacts the same way in the readable format used in development", () => {
    capture("text");
    log.info(`sent to ${PHONE}`, { body: MESSAGE, k: SECRET });
    expectNothingPrivate();
    expect(lines[0]).toMatch(/INFO +sent to \[phone\] body=\[withheld\] k=\[withheld\]$/);
  });
});
