import { z } from "zod";
import { allianceActivityKinds, referralResults } from "@/db/schema/alliances";
import { parseDay } from "@/lib/calendar-day";
import { normalizeContactPhone } from "./contact-phone";
import { text } from "./fields";

/* The alliances' forms; every message is a key under alliances.validation. */

const V = (key: string) => `alliances.validation.${key}`;
const id = (key = "idInvalid") => text.pipe(z.string().regex(/^\d{1,9}$/, { error: V(key) })).transform(Number);
const required = (max: number) =>
  text.pipe(z.string().min(1, { error: V("required"), abort: true }).max(max, { error: V(`tooLong${max}`) }));
const optional = (max: number) => text.pipe(z.string().max(max, { error: V(`tooLong${max}`) })).transform((v) => (v === "" ? null : v));
const day = text.pipe(z.string().refine((v) => parseDay(v) !== null, { error: V("dayInvalid") }));

export const allianceSchema = z.object({ name: required(60), purpose: required(500), signedOn: day });

export const organisationSchema = z.object({
  alliance: id(),
  name: required(60),
  contactName: required(60),
  contactTitle: optional(60),
  contactPhone: text.pipe(
    z
      .string()
      .refine((v) => normalizeContactPhone(v) !== null, { error: V("phoneInvalid") })
      .transform((v) => normalizeContactPhone(v)!),
  ),
});

export const activitySchema = z.object({
  alliance: id(),
  kind: text.pipe(z.enum(allianceActivityKinds, { error: V("choose") })),
  heldOn: day,
  title: required(100),
  participants: required(500),
  outcome: required(1000),
});

export const revealContactsSchema = z.object({ alliance: id() });

export const referralSchema = z.object({
  request: text.pipe(z.uuid({ error: V("requestInvalid") })),
  organisation: id("organisationRequired"),
  subject: required(1000),
});

export const referralAnswerSchema = z.object({ referral: id(), answer: required(1000), answeredBy: required(60) });

export const referralCloseSchema = z.object({
  referral: id(),
  result: text.pipe(z.enum(referralResults, { error: V("choose") })),
  closingNote: required(1000),
});
