import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { endSessions, loadStaffUser, setUserActive, setUserPasswordHash } from "@/db/queries/staff";
import { DEMO_PASSWORD } from "@/db/seed";
import { checkCredentials } from "@/server/auth/sign-in";
import { hashPassword } from "@/lib/password";
import { openTestDb, type TestDb } from "./support/db";
import { staffByLogin } from "./support/staff";

let test: TestDb;
let db: Db;

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
});
afterAll(() => test?.close());

// Every test signs in from its own addresses, so failures counted in one test do not lock another.
let clientCount = 0;
const newClient = () => `203.0.113.${++clientCount}`;

const signIn = (login: string, password: string, clientAddress = newClient()) =>
  checkCredentials(db, { login, password, clientAddress });

describe("staff signing in", () => {
  it("lets an officer in with the right password", async () => {
    const officer = await staffByLogin(db, "officer.liuyin");
    expect(await signIn("officer.liuyin", DEMO_PASSWORD)).toEqual({ status: "ok", userId: officer.id, tokenVersion: 0 });
  });

  it("accepts the login in any case and with stray spaces", async () => {
    expect(await signIn("  Officer.LiuYin ", DEMO_PASSWORD)).toMatchObject({ status: "ok" });
    expect(await signIn("CHIEF", DEMO_PASSWORD)).toMatchObject({ status: "ok" });
  });

  it("gives the same answer for a wrong password and an unknown login", async () => {
    expect(await signIn("officer.liuyin", "demo#2026")).toEqual({ status: "invalid" });
    expect(await signIn("officer.liuyin", `${DEMO_PASSWORD} `)).toEqual({ status: "invalid" });
    expect(await signIn("officer.nobody", DEMO_PASSWORD)).toEqual({ status: "invalid" });
    expect(await signIn("", "")).toEqual({ status: "invalid" });
  });

  it("refuses a deactivated account with the right password", async () => {
    const mediator = await staffByLogin(db, "mediator");
    await setUserActive(db, mediator.id, false);
    expect(await signIn("mediator", DEMO_PASSWORD)).toEqual({ status: "invalid" });
  });
});

describe("someone guessing passwords", () => {
  it("locks an account after 10 failures, even against the right password from elsewhere", async () => {
    for (let i = 0; i < 9; i++) expect(await signIn("officer.fenglin", `guess-${i}`)).toEqual({ status: "invalid" });
    const tenth = await signIn("officer.fenglin", "guess-9");
    expect(tenth.status).toBe("locked");
    expect(await signIn("officer.fenglin", DEMO_PASSWORD)).toMatchObject({ status: "locked" });
    expect(await signIn("officer.wanghu", DEMO_PASSWORD)).toMatchObject({ status: "ok" });
  });

  it("locks a client after 10 failures across unknown logins, for every login from that client", async () => {
    const guesser = newClient();
    for (let i = 0; i < 9; i++) expect(await signIn(`user${i}`, "123456", guesser)).toEqual({ status: "invalid" });
    expect(await signIn("user9", "123456", guesser)).toMatchObject({ status: "locked" });

    const locked = await signIn("officer.nanqiao", DEMO_PASSWORD, guesser);
    expect(locked.status).toBe("locked");
    expect(locked.status === "locked" && locked.until.getTime()).toBeGreaterThan(Date.now());
    expect(await signIn("officer.nanqiao", DEMO_PASSWORD, newClient())).toMatchObject({ status: "ok" });
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    for (let i = 0; i < 9; i++) await signIn("aux.liuyin", `guess-${i}`);
    expect(await signIn("aux.liuyin", DEMO_PASSWORD)).toMatchObject({ status: "ok" });
    for (let i = 0; i < 9; i++) await signIn("aux.liuyin", `again-${i}`);
    expect(await signIn("aux.liuyin", DEMO_PASSWORD)).toMatchObject({ status: "ok" });
  });
});

describe("a signed-in session", () => {
  it("resolves to the staff member while the token version is current", async () => {
    const aux = await staffByLogin(db, "aux.fenglin");
    expect(await loadStaffUser(db, aux.id, 0)).toEqual(aux);
    expect(await loadStaffUser(db, aux.id, 1)).toBeNull();
  });

  it("ends when the account is deactivated", async () => {
    const aux = await staffByLogin(db, "aux.wanghu");
    await setUserActive(db, aux.id, false);
    expect(await loadStaffUser(db, aux.id, 0)).toBeNull();
    expect(await loadStaffUser(db, aux.id, 1)).toBeNull();
  });

  it("ends when the password changes, and the new password is the one that works", async () => {
    const aux = await staffByLogin(db, "aux.wanghu2");
    const signedIn = await signIn("aux.wanghu2", DEMO_PASSWORD);
    expect(signedIn.status).toBe("ok");
    const tokenVersion = signedIn.status === "ok" ? signedIn.tokenVersion : -1;

    await setUserPasswordHash(db, aux.id, await hashPassword("Neues-Passwort-2026"));
    expect(await loadStaffUser(db, aux.id, tokenVersion)).toBeNull();
    expect(await signIn("aux.wanghu2", DEMO_PASSWORD)).toEqual({ status: "invalid" });

    const again = await signIn("aux.wanghu2", "Neues-Passwort-2026");
    expect(again).toMatchObject({ status: "ok", tokenVersion: tokenVersion + 1 });
    expect(await loadStaffUser(db, aux.id, tokenVersion + 1)).toEqual(aux);
  });

  it("ends on sign-out for every copy of the cookie; signing out an old copy later ends no newer session", async () => {
    const officer = await staffByLogin(db, "officer.nanqiao");
    const first = await signIn("officer.nanqiao", DEMO_PASSWORD);
    if (first.status !== "ok") throw new Error(first.status);
    await endSessions(db, officer.id, first.tokenVersion);
    expect(await loadStaffUser(db, officer.id, first.tokenVersion)).toBeNull();

    const second = await signIn("officer.nanqiao", DEMO_PASSWORD);
    if (second.status !== "ok") throw new Error(second.status);
    expect(second.tokenVersion).toBe(first.tokenVersion + 1);
    await endSessions(db, officer.id, first.tokenVersion);
    expect(await loadStaffUser(db, officer.id, second.tokenVersion)).toEqual(officer);
  });

  it("is refused for an account that does not exist", async () => {
    expect(await loadStaffUser(db, 999_999, 0)).toBeNull();
  });
});
