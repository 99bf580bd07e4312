import { z } from "zod";
import {
  agreementForms,
  committeeMemberKinds,
  disputeTypes,
  escalationRisks,
  followUpMethods,
  mediationSources,
  partyKinds,
  partySides,
  performanceStates,
  referralRoutes,
  satisfactionLevels,
  sexes,
} from "@/db/schema/mediation";
import { parseDay } from "@/lib/calendar-day";
import { normalizeContactPhone } from "./contact-phone";
import { text } from "./fields";

/* The mediation committee's forms; every message is a key under mediation.validation. */

const V = (key: string) => `mediation.validation.${key}`;

const id = (key: string) => text.pipe(z.string().regex(/^\d{1,9}$/, { error: V(key) })).transform(Number);
const optionalId = (key: string) =>
  text.pipe(z.string().regex(/^(\d{1,9})?$/, { error: V(key) })).transform((v) => (v ? Number(v) : null));
const choice = <T extends readonly [string, ...string[]]>(values: T) => text.pipe(z.enum(values, { error: V("choose") }));
const required = (max: number) =>
  text.pipe(z.string().min(1, { error: V("required"), abort: true }).max(max, { error: V(`tooLong${max}`) }));
const optional = (max: number) =>
  text.pipe(z.string().max(max, { error: V(`tooLong${max}`) })).transform((v) => (v === "" ? null : v));
const day = text.pipe(z.string().refine((v) => parseDay(v) !== null, { error: V("dayInvalid") }));
/** A datetime-local value (2026-12-08T14:30), read as Beijing time. */
const dateTime = text
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: V("timeInvalid") }))
  .refine((v) => parseDay(v.slice(0, 10)) !== null && Number(v.slice(11, 13)) < 24 && Number(v.slice(14, 16)) < 60, { error: V("timeInvalid") })
  .transform((v) => new Date(`${v}:00+08:00`));
const confirmed = (key: string) => text.pipe(z.literal("on", { error: V(key) }));
const caseId = id("caseInvalid");

const phone = text.pipe(
  z
    .string()
    .refine((v) => v === "" || normalizeContactPhone(v) !== null, { error: V("phoneInvalid") })
    .transform((v) => (v === "" ? null : normalizeContactPhone(v))),
);
const age = text.pipe(
  z
    .string()
    .regex(/^(\d{1,3})?$/, { error: V("ageInvalid") })
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || v <= 120, { error: V("ageInvalid") }),
);

/** The intake form carries three party blocks (p1…p3): the first two are required, the third if begun. */
export const PARTY_SLOTS = [1, 2, 3] as const;

function partyFields(n: number) {
  return {
    [`p${n}Side`]: choice(partySides),
    [`p${n}Kind`]: choice(partyKinds),
    [`p${n}Name`]: optional(60),
    [`p${n}Sex`]: text.pipe(z.enum(["", ...sexes], { error: V("choose") })).transform((v) => (v === "" ? null : v)),
    [`p${n}Age`]: age,
    [`p${n}Representative`]: optional(60),
    [`p${n}Address`]: optional(200),
    [`p${n}Phone`]: phone,
  };
}

export interface PartyInput {
  side: (typeof partySides)[number];
  kind: (typeof partyKinds)[number];
  name: string;
  sex: (typeof sexes)[number] | null;
  age: number | null;
  representative: string | null;
  address: string | null;
  phone: string | null;
}

export const intakeSchema = z
  .object({
    request: text.pipe(z.union([z.literal(""), z.uuid({ error: V("requestInvalid") })])).transform((v) => (v === "" ? null : v)),
    source: choice(mediationSources),
    disputeType: choice(disputeTypes),
    community: id("communityRequired"),
    place: optionalId("placeInvalid"),
    placeText: optional(200),
    summary: required(2000),
    lead: id("leadRequired"),
    second: optionalId("mediatorInvalid"),
    third: optionalId("mediatorInvalid"),
    ...partyFields(1),
    ...partyFields(2),
    ...partyFields(3),
  })
  .superRefine((form, ctx) => {
    const values = form as Record<string, unknown>;
    for (const n of PARTY_SLOTS) {
      const begun = ["Name", "Age", "Representative", "Address", "Phone"].some((f) => values[`p${n}${f}`] !== null) || values[`p${n}Sex`] !== null;
      if ((n <= 2 || begun) && values[`p${n}Name`] === null) ctx.addIssue({ code: "custom", message: V("partyNameRequired"), path: [`p${n}Name`] });
    }
    const mediators = [form.lead, form.second, form.third].filter((m) => m !== null);
    if (new Set(mediators).size !== mediators.length) ctx.addIssue({ code: "custom", message: V("mediatorsRepeat"), path: ["third"] });
    if (form.source === "resident_request" && form.request === null) ctx.addIssue({ code: "custom", message: V("requestMissing"), path: ["source"] });
  })
  .transform((form) => {
    const values = form as Record<string, unknown>;
    const parties: PartyInput[] = PARTY_SLOTS.filter((n) => values[`p${n}Name`] !== null).map((n) => ({
      side: values[`p${n}Side`] as PartyInput["side"],
      kind: values[`p${n}Kind`] as PartyInput["kind"],
      name: values[`p${n}Name`] as string,
      sex: values[`p${n}Kind`] === "person" ? (values[`p${n}Sex`] as PartyInput["sex"]) : null,
      age: values[`p${n}Kind`] === "person" ? (values[`p${n}Age`] as number | null) : null,
      representative: values[`p${n}Kind`] === "unit" ? (values[`p${n}Representative`] as string | null) : null,
      address: values[`p${n}Address`] as string | null,
      phone: values[`p${n}Phone`] as string | null,
    }));
    return {
      request: form.request,
      source: form.source,
      disputeType: form.disputeType,
      community: form.community,
      place: form.place,
      placeText: form.placeText,
      summary: form.summary,
      mediators: { lead: form.lead, second: form.second, third: form.third },
      parties,
    };
  })
  .refine((form) => form.parties.some((p) => p.side === "applicant") && form.parties.some((p) => p.side === "respondent"), {
    error: V("bothSides"),
    path: ["p2Side"],
  });

export type IntakeInput = z.output<typeof intakeSchema>;

export const revealPartySchema = z.object({ caseId, party: id("partyInvalid") });

export const noticeSchema = z.object({
  caseId,
  givenOn: day,
  acknowledged: confirmed("noticeAcknowledged"),
});

export const scheduleSessionSchema = z.object({ caseId, scheduledAt: dateTime, placeText: required(200) });

export const recordSessionSchema = z.object({
  caseId,
  session: id("sessionInvalid"),
  heldAt: dateTime,
  attendees: required(500),
  record: required(5000),
});

export const extensionSchema = z.object({
  caseId,
  newDueOn: day,
  reason: required(500),
  consent: required(500),
  bothConsented: confirmed("consentRequired"),
});

export const agreementSchema = z
  .object({
    caseId,
    form: choice(agreementForms),
    agreedOn: day,
    facts: required(3000),
    matters: required(2000),
    responsibility: required(2000),
    terms: required(3000),
    performanceMethod: required(500),
    performanceDeadline: day,
    followUpOn: day,
  })
  .refine((a) => a.performanceDeadline >= a.agreedOn, { error: V("deadlineBeforeAgreement"), path: ["performanceDeadline"] })
  .refine((a) => a.followUpOn > a.agreedOn, { error: V("followUpBeforeAgreement"), path: ["followUpOn"] });

export const noAgreementSchema = z.object({ caseId, referredTo: choice(referralRoutes), reason: required(1000) });

export const scheduleFollowUpSchema = z.object({ caseId, dueOn: day });

export const recordFollowUpSchema = z.object({
  caseId,
  followUp: id("followUpInvalid"),
  method: choice(followUpMethods),
  performance: choice(performanceStates),
  satisfaction: choice(satisfactionLevels),
  newConflict: choice(["yes", "no"] as const).transform((v) => v === "yes"),
  escalationRisk: choice(escalationRisks),
  actionTaken: required(1000),
});

export const memberSchema = z.object({
  kind: choice(committeeMemberKinds),
  name: required(40),
  affiliation: optional(100),
  account: optionalId("accountInvalid"),
});

export const memberActiveSchema = z.object({ member: id("memberInvalid"), active: choice(["true", "false"] as const).transform((v) => v === "true") });

/** The case list's filters (a GET form): anything unreadable is simply no filter. */
export const caseListFilters = z.object({
  status: z.enum(["in_mediation", "agreed", "not_agreed"]).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
