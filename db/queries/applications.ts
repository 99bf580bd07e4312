import "server-only";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { ID_REVEAL_MINUTES, PHONE_REVEAL_MINUTES, canMoveApplication, canRevealIdNumber, canRevealPhone, type StaffUser } from "@/lib/authz";
import { documentFields, shownFields, type ServiceFormField } from "@/lib/applications/form-schema";
import { declaresReady, requestStatusOf, staffSteps, stepNeedsText, takesDocuments } from "@/lib/applications/status";
import { hashTrackingSecret } from "@/lib/codes";
import { keyedHash } from "@/lib/crypto";
import type { Locale } from "@/lib/i18n/locales";
import type { PreparedPhoto } from "@/lib/uploads/photos";
import { maskIdNumber } from "@/lib/validation/id-number";
import { maskMobile } from "@/lib/validation/phone";
import { isUuid } from "@/lib/validation/uuid";
import type { Db } from "../client";
import {
  applications,
  attachments,
  communities,
  deliveries,
  requestEvents,
  requests,
  services,
  type ApplicationStatus,
  type RequestStatus,
} from "../schema";
import { getStation } from "./directory";
import { notifyNewRequest, notifyResidentUpdate } from "./notifications";
import { requestVisibleTo, revealedRecently } from "./queue";
import { audit, requestTarget } from "./audit";
import { writeRequestStatus } from "./request-status";
import type { ResidentGrant } from "./resident-grant";
import { claimSubmission, countSubmission, insertWithFreshCode, submissionLimitKeys } from "./resident-requests";
import { getResponseMinutes } from "./service-levels";
import { firstLockedUntil } from "./throttles";

/** A service that takes online applications, with the form it shows (ID-number fields only if it needs them). */
export async function getApplicationService(db: Db, slug: string) {
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  const [row] = await db
    .select({
      id: services.id,
      slug: services.slug,
      name: services.name,
      guide: services.guide,
      needsIdNumber: services.needsIdNumber,
      formFields: services.formFields,
    })
    .from(services)
    .where(and(eq(services.slug, slug), eq(services.active, true), eq(services.onlineApplication, true)));
  if (!row) return null;
  const { formFields, guide, ...service } = row;
  const station = await getStation(db);
  return { ...service, materials: guide.materials, fields: shownFields(formFields, row.needsIdNumber), stationName: station?.name ?? "" };
}

export type ApplicationService = NonNullable<Awaited<ReturnType<typeof getApplicationService>>>;

export interface NewApplication {
  serviceId: number;
  communityId: number;
  residentName: string;
  /** Normalized mobile number. */
  residentPhone: string;
  /** Checked answers by field name (no ID numbers), and the ID numbers apart. */
  answers: Record<string, string>;
  idNumbers: Record<string, string>;
  note: string;
  locale: Locale;
  repeatKey: string;
  /** Keyed hashes of the client and of its address alone, for the submission limits. */
  clientKey: string;
  addressKey: string;
}

export type ApplyResult =
  | { status: "stored" | "repeated"; referenceCode: string; secret: string }
  | { status: "limited"; until: Date }
  | { status: "unavailable" };

class Refused extends Error {
  constructor(readonly result: ApplyResult) {
    super(result.status);
  }
}

/**
 * Stores an application as a request (kind application) with its answers, first event and outbox rows, all
 * or nothing; a repeated submit returns the first result. Runs in a savepoint, so a refusal leaves nothing
 * behind (the caller may commit and report it).
 */
export async function submitApplication(db: Db, input: NewApplication, now = new Date()): Promise<ApplyResult> {
  try {
    return await db.transaction(async (sp) => {
      const result = await storeApplication(sp, input, now);
      if (result.status !== "stored" && result.status !== "repeated") throw new Refused(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

async function storeApplication(db: Db, input: NewApplication, now: Date): Promise<ApplyResult> {
  const [service] = await db
    .select({ id: services.id, name: services.name, needsIdNumber: services.needsIdNumber, formFields: services.formFields })
    .from(services)
    .where(and(eq(services.id, input.serviceId), eq(services.active, true), eq(services.onlineApplication, true)));
  const [community] = await db.select({ id: communities.id }).from(communities).where(eq(communities.id, input.communityId));
  if (!service || !community) return { status: "unavailable" };

  const claim = await claimSubmission(db, input.repeatKey);
  if (!claim.claimed) return { status: "repeated", referenceCode: claim.first.referenceCode, secret: claim.first.secret };
  const { requestId, secret } = claim;

  const limitKeys = submissionLimitKeys({ ...input, phoneKey: keyedHash("phone", input.residentPhone) });
  const until = await firstLockedUntil(db, limitKeys);
  if (until) return { status: "limited", until };

  const serviceName = service.name[input.locale];
  const referenceCode = await insertWithFreshCode(db, {
    id: requestId,
    kind: "application",
    trackingSecretHash: hashTrackingSecret(secret),
    residentName: input.residentName,
    residentPhone: input.residentPhone,
    anonymous: false,
    // The service's name heads it in the queue; the answers themselves are the application's.
    body: input.note ? `${serviceName}\n${input.note}` : serviceName,
    communityId: community.id,
    dueAt: new Date(now.getTime() + (await getResponseMinutes(db, "application")) * 60_000),
  });
  const form = shownFields(service.formFields, service.needsIdNumber);
  await db.insert(applications).values({
    requestId,
    serviceId: service.id,
    answers: input.answers,
    // Kept only for a service that needs it, whatever was sent.
    idNumbers: service.needsIdNumber && Object.keys(input.idNumbers).length > 0 ? input.idNumbers : null,
    form,
  });
  await db.insert(requestEvents).values({ requestId, type: "status_change", toStatus: "submitted" });
  await notifyNewRequest(db, requestId);
  await countSubmission(db, limitKeys);
  return { status: "stored", referenceCode, secret };
}

/** The documents (photographed) an application has, by the form field they answer. */
async function documentsOf(db: Db, requestId: string) {
  return db
    .select({ id: attachments.id, fieldName: attachments.fieldName, width: attachments.width, height: attachments.height })
    .from(attachments)
    .where(and(eq(attachments.requestId, requestId), isNotNull(attachments.fieldName)))
    .orderBy(asc(attachments.createdAt));
}

/**
 * The answers as shown, by the form's labels. Phone answers (a landlord's, a tenant's) are masked like the
 * applicant's own phone unless `phones` is "shown" (a reveal, audited); ID numbers come in already masked or not.
 */
function labelled(form: ServiceFormField[], values: Record<string, string>, locale: Locale, phones: "masked" | "shown") {
  return form
    .filter((field) => values[field.name] !== undefined)
    .map((field) => {
      const value = values[field.name]!;
      const option = field.type === "choice" ? field.options?.find((o) => o.value === value) : undefined;
      const shown = option ? option.label[locale] : field.type === "phone" && phones === "masked" ? maskMobile(value) : value;
      return { name: field.name, type: field.type, label: field.label[locale], value: shown };
    });
}

/** The application behind a resident's own request: what the tracking page shows. */
export async function getApplicationOfRequest(db: Db, { requestId }: ResidentGrant, locale: Locale) {
  const [row] = await db
    .select({ status: applications.status, answers: applications.answers, idNumbers: applications.idNumbers, form: applications.form, question: applications.question, refusalReason: applications.refusalReason, serviceName: services.name, serviceSlug: services.slug, communityId: requests.communityId })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .innerJoin(requests, eq(requests.id, applications.requestId))
    .where(eq(applications.requestId, requestId));
  if (!row) return null;
  const documents = await documentsOf(db, requestId);
  return {
    status: row.status,
    serviceName: row.serviceName[locale],
    serviceSlug: row.serviceSlug,
    question: row.question,
    refusalReason: row.refusalReason,
    answers: labelled(row.form, { ...row.answers, ...maskAll(row.idNumbers) }, locale, "masked"),
    documentFields: documentFields(row.form).map((field) => ({
      name: field.name,
      label: field.label[locale],
      required: field.required,
      document: documents.find((d) => d.fieldName === field.name) ?? null,
    })),
    takesDocuments: takesDocuments(row.status),
    // Where the resident said they live, and their community: what a delivery is first offered to.
    deliveryPrefill: { communityId: row.communityId, address: firstAddress(row.form, row.answers) },
  };
}

function firstAddress(form: ServiceFormField[], answers: Record<string, string>): string {
  const field = form.find((f) => f.type === "address" && answers[f.name]);
  return field ? answers[field.name]! : "";
}

export type ResidentApplication = NonNullable<Awaited<ReturnType<typeof getApplicationOfRequest>>>;

function maskAll(idNumbers: Record<string, string> | null): Record<string, string> {
  return Object.fromEntries(Object.entries(idNumbers ?? {}).map(([name, value]) => [name, maskIdNumber(value)]));
}

/**
 * The application behind a request the staff member may see, answers labelled. ID numbers are masked unless
 * this user revealed them (an audited action) in the last ID_REVEAL_MINUTES and asks to see them; phone
 * answers likewise, through the reveal of the request's phone (the same rule and audit row as the applicant's).
 */
export async function getApplicationForStaff(
  db: Db,
  user: StaffUser,
  requestId: string,
  locale: Locale,
  options: { revealIdNumbers?: boolean; revealPhones?: boolean } = {},
) {
  if (!isUuid(requestId)) return null;
  const [row] = await db
    .select({ status: applications.status, answers: applications.answers, idNumbers: applications.idNumbers, form: applications.form, question: applications.question, refusalReason: applications.refusalReason, serviceName: services.name })
    .from(applications)
    .innerJoin(requests, eq(requests.id, applications.requestId))
    .innerJoin(services, eq(services.id, applications.serviceId))
    .where(and(eq(applications.requestId, requestId), requestVisibleTo(user)));
  if (!row) return null;
  const revealed =
    options.revealIdNumbers === true && row.idNumbers !== null && canRevealIdNumber(user) && (await revealedRecently(db, user, requestId, "application.reveal_id_number", ID_REVEAL_MINUTES));
  const phonesRevealed =
    options.revealPhones === true && canRevealPhone(user, "application") && (await revealedRecently(db, user, requestId, "request.reveal_phone", PHONE_REVEAL_MINUTES));
  const documents = await documentsOf(db, requestId);
  return {
    status: row.status,
    serviceName: row.serviceName[locale],
    question: row.question,
    refusalReason: row.refusalReason,
    answers: labelled(row.form, { ...row.answers, ...(revealed ? row.idNumbers! : maskAll(row.idNumbers)) }, locale, phonesRevealed ? "shown" : "masked"),
    hasIdNumbers: row.idNumbers !== null,
    idNumbersRevealed: revealed,
    documents: documentFields(row.form).map((field) => ({
      label: field.label[locale],
      required: field.required,
      document: documents.find((d) => d.fieldName === field.name) ?? null,
    })),
    nextSteps: staffSteps(row.status).filter((to) => canMoveApplication(user, to)),
  };
}

export type StaffApplication = NonNullable<Awaited<ReturnType<typeof getApplicationForStaff>>>;

/** A staff member asks to see the applicant's full ID number(s): audited; false when not theirs or none stored. */
export async function revealApplicationIdNumbers(db: Db, user: StaffUser, requestId: string): Promise<boolean> {
  if (!canRevealIdNumber(user) || !isUuid(requestId)) return false;
  const [row] = await db
    .select({ id: applications.requestId })
    .from(applications)
    .innerJoin(requests, eq(requests.id, applications.requestId))
    .where(and(eq(applications.requestId, requestId), requestVisibleTo(user), isNotNull(applications.idNumbers)));
  if (!row) return false;
  await audit(db, user, "application.reveal_id_number", requestTarget(requestId));
  return true;
}

export type StepResult = "ok" | "not_found" | "not_allowed" | "text_required" | "documents_missing";

/** Locks an application (with its request) for a change; staff see only what their scope allows. */
async function lockApplication(db: Db, requestId: string, user: StaffUser | null) {
  if (!isUuid(requestId)) return null;
  const [row] = await db
    .select({ status: applications.status, requestStatus: requests.status })
    .from(applications)
    .innerJoin(requests, eq(requests.id, applications.requestId))
    .where(and(eq(applications.requestId, requestId), user ? requestVisibleTo(user) : sql`true`))
    .for("update");
  return row ?? null;
}

/**
 * Moves an application a step, with the event the resident sees (and the question or refusal reason), and
 * keeps the request's status in step. `actor` null: the resident (answering a question, asking for delivery).
 */
export async function recordStep(
  db: Db,
  requestId: string,
  current: { requestStatus: RequestStatus },
  to: ApplicationStatus,
  actorId: number | null,
  text: string | null,
) {
  const now = new Date();
  await db
    .update(applications)
    .set({
      status: to,
      question: to === "needs_info" ? text : null,
      refusalReason: to === "refused" ? text : null,
    })
    .where(eq(applications.requestId, requestId));
  // No longer waiting for a delivery (collected at the station instead): off the officer's round.
  if (to !== "ready_for_delivery") {
    await db
      .update(deliveries)
      .set({ status: "cancelled" })
      .where(and(eq(deliveries.requestId, requestId), eq(deliveries.status, "scheduled")));
  }
  // The first step staff take is the first response the resident gets.
  await writeRequestStatus(db, requestId, {
    from: current.requestStatus,
    to: requestStatusOf(to),
    actorId,
    event: { type: "application_step", body: text, data: { applicationStatus: to } },
    now,
    firstResponse: true,
  });
}

/**
 * Staff move an application along (lib/applications/status.ts says where to; lib/authz.ts who may). Marking
 * it ready while a required document is missing needs `missingDocumentsConfirmed` (the form asks first).
 */
export async function moveApplication(
  db: Db,
  user: StaffUser,
  requestId: string,
  to: ApplicationStatus,
  text: string,
  options: { missingDocumentsConfirmed?: boolean } = {},
): Promise<StepResult> {
  const current = await lockApplication(db, requestId, user);
  if (!current) return "not_found";
  if (!staffSteps(current.status).includes(to) || !canMoveApplication(user, to)) return "not_allowed";
  if (stepNeedsText(to) && text === "") return "text_required";
  if (declaresReady(to) && !options.missingDocumentsConfirmed && (await missingRequiredDocuments(db, user, requestId)).length > 0) return "documents_missing";
  await recordStep(db, requestId, current, to, user.id, text || null);
  await audit(db, user, "application.step", requestTarget(requestId), { from: current.status, to });
  return "ok";
}

/** The labels (by locale) of the required documents an application the user may see has not been sent yet. */
export async function missingRequiredDocuments(db: Db, user: StaffUser, requestId: string): Promise<ServiceFormField["label"][]> {
  if (!isUuid(requestId)) return [];
  const [row] = await db
    .select({ form: applications.form })
    .from(applications)
    .innerJoin(requests, eq(requests.id, applications.requestId))
    .where(and(eq(applications.requestId, requestId), requestVisibleTo(user)));
  if (!row) return [];
  const sent = new Set((await documentsOf(db, requestId)).map((d) => d.fieldName));
  return documentFields(row.form)
    .filter((field) => field.required && !sent.has(field.name))
    .map((field) => field.label);
}

/** The resident answers the officer's question: the answer is added and the application goes back into review. */
export async function answerApplicationQuestion(db: Db, grant: ResidentGrant, body: string): Promise<"ok" | "not_allowed"> {
  const { requestId } = grant;
  const current = await lockApplication(db, requestId, null);
  if (!current || current.status !== "needs_info") return "not_allowed";
  await db.insert(requestEvents).values({ requestId, type: "resident_followup", body });
  await recordStep(db, requestId, current, "reviewing", null, null);
  await notifyResidentUpdate(db, grant);
  return "ok";
}

/**
 * Stores a photographed document for one of the application's file fields (replacing an earlier one for that
 * field), while the application still takes documents. Run in a transaction.
 */
export async function addApplicationDocument(db: Db, { requestId }: ResidentGrant, fieldName: string, photo: PreparedPhoto): Promise<"ok" | "not_allowed"> {
  const current = await lockApplication(db, requestId, null);
  if (!current || !takesDocuments(current.status)) return "not_allowed";
  const [row] = await db.select({ form: applications.form }).from(applications).where(eq(applications.requestId, requestId));
  if (!row || !documentFields(row.form).some((f) => f.name === fieldName)) return "not_allowed";
  await db.delete(attachments).where(and(eq(attachments.requestId, requestId), eq(attachments.fieldName, fieldName)));
  await db.insert(attachments).values({ requestId, fieldName, ...photo });
  await db.update(requests).set({ updatedAt: new Date() }).where(eq(requests.id, requestId));
  return "ok";
}
