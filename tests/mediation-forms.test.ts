import { count } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { getCase } from "@/db/queries/mediation";
import { recordAgreement, recordNotice, recordSession, scheduleSession } from "@/db/queries/mediation-work";
import {
  allianceActivities,
  allianceOrganisations,
  allianceReferrals,
  alliances,
  auditLog,
  committeeMembers,
  mediationAgreements,
  mediationCases,
  mediationExtensions,
  mediationFollowUps,
  mediationParties,
  mediationSessions,
  requestEvents,
} from "@/db/schema";
import type { StaffUser } from "@/lib/authz";
import type { ActionState, FormActionFn } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { shanghaiInstant } from "@/lib/calendar-day";
import * as allianceForms from "@/lib/validation/alliance-forms";
import * as mediationForms from "@/lib/validation/mediation-forms";
import { catalogues } from "@/messages";
import { openTestDb, type TestDb } from "./support/db";
import { intakeForm, memberId, takeIn } from "./support/mediation";
import { staffByLogin } from "./support/staff";
import { storeRequest } from "./support/staff-fixtures";

// The real server actions, with the session, the locale cookie and the database of this test.
let test: TestDb;
let signedIn: StaffUser;
let locale: Locale = "zh-CN";
vi.mock("@/server/auth", () => ({ currentStaff: async () => signedIn }));
vi.mock("@/db", () => ({ getDb: async () => test.db }));
vi.mock("@/lib/i18n/server", () => ({
  localeFromCookie: async () => locale,
  translatorFor: async (l: Locale) => createTranslator({ locale: l, messages: catalogues[l] }),
}));
const caseActions = await import("@/app/[locale]/(dashboard)/dashboard/mediation/[id]/actions");
const { intakeAction } = await import("@/app/[locale]/(dashboard)/dashboard/mediation/new/actions");
const committeeActions = await import("@/app/[locale]/(dashboard)/dashboard/mediation/committee/actions");
const allianceActions = await import("@/app/[locale]/(dashboard)/dashboard/alliances/actions");

interface Form {
  name: string;
  action: FormActionFn;
  schema: z.ZodType;
  valid: Record<string, string>;
  /** Fields a person types freely: anything typeable is valid there, so only overlong and untypeable text is wrong. */
  text: string[];
}

let forms: Form[];

beforeAll(async () => {
  test = await openTestDb();
  const db = test.db;
  const chief = await staffByLogin(db, "chief");
  signedIn = chief;
  const caseId = await takeIn(db, chief, {}, shanghaiInstant("2026-03-02", "09:00"));
  const agreedId = await takeIn(db, chief, {}, shanghaiInstant("2026-03-02", "09:00"));
  const later = shanghaiInstant("2026-03-09", "18:00");
  await db.transaction(async (tx) => {
    await recordNotice(tx, chief, agreedId, "2026-03-02", later);
    await scheduleSession(tx, chief, agreedId, { scheduledAt: shanghaiInstant("2026-03-05", "14:00"), placeText: "调解室" });
    await scheduleSession(tx, chief, caseId, { scheduledAt: shanghaiInstant("2026-03-05", "15:00"), placeText: "调解室" });
  });
  const agreedCase = (await getCase(db, chief, agreedId))!;
  await db.transaction(async (tx) => {
    await recordSession(tx, chief, agreedId, { session: agreedCase.sessions[0]!.id, heldAt: shanghaiInstant("2026-03-05", "14:00"), attendees: "双方", record: "记录" }, later);
    await recordAgreement(tx, chief, agreedId, {
      form: "written",
      agreedOn: "2026-03-06",
      facts: "事实",
      matters: "争议",
      responsibility: "责任",
      terms: "协议",
      performanceMethod: "当场履行",
      performanceDeadline: "2026-03-07",
      followUpOn: "2026-04-05",
    }, later);
  });
  const item = (await getCase(db, chief, caseId))!;
  const followUp = (await getCase(db, chief, agreedId))!.followUps[0]!.id;
  const [alliance] = await db.select({ id: alliances.id }).from(alliances).limit(1);
  const [organisation] = await db.select({ id: allianceOrganisations.id }).from(allianceOrganisations).limit(1);
  const request = await storeRequest(db, { community: "fenglin" });
  const c = String(caseId);

  forms = [
    { name: "intake", action: intakeAction, schema: mediationForms.intakeSchema, valid: await intakeForm(db), text: ["placeText", "summary", "p1Name", "p1Address", "p2Name", "p2Representative"] },
    { name: "reveal a party's phone", action: caseActions.revealPartyAction, schema: mediationForms.revealPartySchema, valid: { caseId: c, party: String(item.parties[0]!.id) }, text: [] },
    { name: "notice", action: caseActions.noticeAction, schema: mediationForms.noticeSchema, valid: { caseId: c, givenOn: "2026-03-02", acknowledged: "on" }, text: [] },
    { name: "schedule a session", action: caseActions.scheduleSessionAction, schema: mediationForms.scheduleSessionSchema, valid: { caseId: c, scheduledAt: "2026-03-10T14:30", placeText: "调解室" }, text: ["placeText"] },
    {
      name: "record a session",
      action: caseActions.recordSessionAction,
      schema: mediationForms.recordSessionSchema,
      valid: { caseId: c, session: String(item.sessions[0]!.id), heldAt: "2026-03-05T15:00", attendees: "双方", record: "笔录" },
      text: ["attendees", "record"],
    },
    {
      name: "extension",
      action: caseActions.extensionAction,
      schema: mediationForms.extensionSchema,
      valid: { caseId: c, newDueOn: "2026-04-20", reason: "等待鉴定", consent: "双方签字", bothConsented: "on" },
      text: ["reason", "consent"],
    },
    {
      name: "agreement",
      action: caseActions.agreementAction,
      schema: mediationForms.agreementSchema,
      valid: { caseId: c, form: "written", agreedOn: "2026-03-06", facts: "事实", matters: "争议", responsibility: "责任", terms: "协议", performanceMethod: "当场", performanceDeadline: "2026-03-08", followUpOn: "2026-04-05" },
      text: ["facts", "matters", "responsibility", "terms", "performanceMethod"],
    },
    { name: "no agreement", action: caseActions.noAgreementAction, schema: mediationForms.noAgreementSchema, valid: { caseId: c, referredTo: "litigation", reason: "分歧大" }, text: ["reason"] },
    { name: "schedule a follow-up", action: caseActions.scheduleFollowUpAction, schema: mediationForms.scheduleFollowUpSchema, valid: { caseId: String(agreedId), dueOn: "2026-05-01" }, text: [] },
    {
      name: "record a follow-up",
      action: caseActions.recordFollowUpAction,
      schema: mediationForms.recordFollowUpSchema,
      valid: { caseId: String(agreedId), followUp: String(followUp), method: "visit", performance: "performed", satisfaction: "satisfied", newConflict: "no", escalationRisk: "none", actionTaken: "无" },
      text: ["actionTaken"],
    },
    { name: "add a member", action: committeeActions.addMemberAction, schema: mediationForms.memberSchema, valid: { kind: "lawyer", name: "吕律师", affiliation: "律所", account: "" }, text: ["name", "affiliation"] },
    { name: "member active", action: committeeActions.memberActiveAction, schema: mediationForms.memberActiveSchema, valid: { member: String(await memberId(db, "俞明哲")), active: "false" }, text: [] },
    { name: "add an alliance", action: allianceActions.addAllianceAction, schema: allianceForms.allianceSchema, valid: { name: "校园安全联盟", purpose: "护学", signedOn: "2026-01-05" }, text: ["name", "purpose"] },
    {
      name: "add an organisation",
      action: allianceActions.addOrganisationAction,
      schema: allianceForms.organisationSchema,
      valid: { alliance: String(alliance!.id), name: "某公司", contactName: "张三", contactTitle: "经理", contactPhone: "0571-86120000" },
      text: ["name", "contactName", "contactTitle"],
    },
    {
      name: "add an activity",
      action: allianceActions.addActivityAction,
      schema: allianceForms.activitySchema,
      valid: { alliance: String(alliance!.id), kind: "training", heldOn: "2026-02-01", title: "培训", participants: "双方", outcome: "良好" },
      text: ["title", "participants", "outcome"],
    },
    { name: "reveal contacts", action: allianceActions.revealContactsAction, schema: allianceForms.revealContactsSchema, valid: { alliance: String(alliance!.id) }, text: [] },
    { name: "refer a request", action: allianceActions.referAction, schema: allianceForms.referralSchema, valid: { request: request.id, organisation: String(organisation!.id), subject: "请处理" }, text: ["subject"] },
    { name: "record an answer", action: allianceActions.answerReferralAction, schema: allianceForms.referralAnswerSchema, valid: { referral: "1", answer: "已处理", answeredBy: "李四" }, text: ["answer", "answeredBy"] },
    { name: "close a referral", action: allianceActions.closeReferralAction, schema: allianceForms.referralCloseSchema, valid: { referral: "1", result: "resolved", closingNote: "已核实" }, text: ["closingNote"] },
  ];
});
afterAll(() => test?.close());

function formData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

/** Every row of every table the forms write to, and the audit log: what "nothing stored" is checked against. */
async function rowsStored(): Promise<number> {
  const tables = [
    mediationCases,
    mediationParties,
    mediationSessions,
    mediationExtensions,
    mediationAgreements,
    mediationFollowUps,
    committeeMembers,
    alliances,
    allianceOrganisations,
    allianceActivities,
    allianceReferrals,
    requestEvents,
    auditLog,
  ];
  let total = 0;
  for (const table of tables) total += (await test.db.select({ n: count() }).from(table))[0]!.n;
  return total;
}

const CJK = /[\u4e00-\u9fff]/;
const STRUCTURED_GARBAGE = ["' OR 1=1 --", "<script>alert(1)</script>", "9999999999", "-1", "2026-02-30", "１２"];

function mutations(form: Form): { name: string; values: Record<string, string> }[] {
  const structured = Object.keys(form.valid).filter((k) => !form.text.includes(k));
  const set = (fields: string[], value: (i: number) => string) => ({ ...form.valid, ...Object.fromEntries(fields.map((f, i) => [f, value(i)])) });
  const list = [
    { name: "every field empty", values: Object.fromEntries(Object.keys(form.valid).map((k) => [k, ""])) },
    { name: "no fields at all", values: {} },
  ];
  if (structured.length > 0) list.push({ name: "garbage in choices, ids and dates", values: set(structured, (i) => STRUCTURED_GARBAGE[i % STRUCTURED_GARBAGE.length]!) });
  if (form.text.length > 0) {
    list.push({ name: "overlong text", values: set(form.text, () => "长".repeat(6000)) });
    list.push({ name: "text no person could type", values: set(form.text, () => "张\u0000三\uFFFD") });
  }
  return list;
}

describe("every new form, fed malformed input", () => {
  it("accepts its well-formed values (so the errors below are the input's)", () => {
    for (const form of forms) expect(form.schema.safeParse(form.valid).success, form.name).toBe(true);
  });

  it("answers with localized errors and stores nothing", async () => {
    for (const language of ["zh-CN", "en"] as const) {
      locale = language;
      for (const form of forms) {
        for (const mutation of mutations(form)) {
          const before = await rowsStored();
          const state: ActionState = await form.action({ status: "idle" }, formData(mutation.values));
          const label = `${language} ${form.name}: ${mutation.name}`;
          expect(state.status, label).toBe("invalid");
          const messages = state.status === "invalid" ? Object.values(state.fieldErrors).flat() : [];
          expect(messages.length, label).toBeGreaterThan(0);
          for (const message of messages) {
            // A sentence in the reader's language, never a catalogue key.
            expect(message, label).not.toMatch(/validation\.|^[a-z]+\.[a-zA-Z]/);
            expect(CJK.test(message), `${label}: ${message}`).toBe(language === "zh-CN");
          }
          expect(await rowsStored(), label).toBe(before);
        }
      }
    }
    locale = "zh-CN";
  }, 120_000);

  it("answers a form not sent by a browser (no FormData) like bad input, not with a 500", async () => {
    const state = await intakeAction({ status: "idle" }, "not a form" as unknown as FormData);
    expect(state.status).toBe("error");
  });
});
