"use server";

import { signOut } from "@/server/auth";
import { publicPagesOfCommunity, publishFaqFromRequest } from "@/db/queries/public-content";
import {
  addInternalNote,
  changeRequestStatus,
  handOverRequest,
  replyToRequest,
  revealResidentPhone,
} from "@/db/queries/queue";
import { missingRequiredDocuments, moveApplication, revealApplicationIdNumbers } from "@/db/queries/applications";
import { formAction } from "@/server/action";
import type { FieldErrors } from "@/lib/form-state";
import { canHandOver, canPublish, canRevealIdNumber, canUseQueue } from "@/lib/authz";
import { applicationStepSchema, revealIdNumberSchema } from "@/lib/validation/application-forms";
import {
  faqSchema,
  handoverSchema,
  noteSchema,
  replySchema,
  revealPhoneSchema,
  statusSchema,
} from "@/lib/validation/staff-forms";

// Each action re-checks access itself: the queue functions only touch requests the user may see,
// and a request outside that scope is reported exactly like a missing one.

export const replyAction = formAction({
  schema: replySchema,
  access: canUseQueue,
  async run({ db, user, input, t }) {
    if (!(await replyToRequest(db, user, input.id, input.body))) return { refuse: t("errors.notFound") };
    return { redirectTo: `/dashboard/requests/${input.id}?done=reply` };
  },
});

export const noteAction = formAction({
  schema: noteSchema,
  access: canUseQueue,
  async run({ db, user, input, t }) {
    if (!(await addInternalNote(db, user, input.id, input.body))) return { refuse: t("errors.notFound") };
    return { redirectTo: `/dashboard/requests/${input.id}?done=note` };
  },
});

export const statusAction = formAction({
  schema: statusSchema,
  access: canUseQueue,
  async run({ db, user, input, t }) {
    const result = await changeRequestStatus(db, user, input.id, input.to);
    if (result === "not_found") return { refuse: t("errors.notFound") };
    if (result === "not_allowed") return { refuse: t("errors.statusNotAllowed") };
    return { redirectTo: `/dashboard/requests/${input.id}?done=status` };
  },
});

/** The audit row it writes is what lets the request page show the full number, for a few minutes. */
export const revealPhoneAction = formAction({
  schema: revealPhoneSchema,
  // Whether this user may reveal depends on the request's kind: revealResidentPhone decides.
  access: canUseQueue,
  async run({ db, user, input, t }) {
    if (!(await revealResidentPhone(db, user, input.id))) return { refuse: t("errors.notFound") };
    return { redirectTo: `/dashboard/requests/${input.id}?reveal=1&done=reveal` };
  },
});

export const handoverAction = formAction({
  schema: handoverSchema,
  access: canHandOver,
  async run({ db, user, input, t }) {
    const result = await handOverRequest(db, user, input.id, input.assigneeId);
    if (result === "not_found") return { refuse: t("errors.notFound") };
    if (result === "invalid_assignee") return { refuse: t("handover.invalid"), fieldErrors: { assigneeId: [t("handover.invalid")] } };
    return { redirectTo: `/dashboard/requests/${input.id}?done=handover` };
  },
});

export const publishFaqAction = formAction({
  schema: faqSchema,
  access: canPublish,
  async run({ db, user, input, t }) {
    const published = await publishFaqFromRequest(db, user, input.id, { question: input.question, answer: input.answer });
    if (!published) return { refuse: t("errors.notFound") };
    // The community page is cached (ISR): refresh both locales' copies (the rewrite's destination paths).
    return {
      redirectTo: `/dashboard/requests/${input.id}?done=faq`,
      revalidate: await publicPagesOfCommunity(db, published.communityId, { officerPages: false }),
    };
  },
});

export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}

/** Moves a service application a step; the question or refusal reason goes to the resident. */
export const applicationStepAction = formAction({
  schema: applicationStepSchema,
  access: canUseQueue,
  async run({ db, user, input, locale, t }) {
    const result = await moveApplication(db, user, input.id, input.to, input.text, { missingDocumentsConfirmed: input.confirmMissing });
    if (result === "not_found") return { refuse: t("errors.notFound") };
    if (result === "not_allowed") return { refuse: t("errors.statusNotAllowed") };
    if (result === "documents_missing") {
      const missing = (await missingRequiredDocuments(db, user, input.id)).map((label) => label[locale]).join(t("applications.listSeparator"));
      const warning = t("applications.documentsMissing", { documents: missing });
      const fieldErrors: FieldErrors = { confirmMissing: [warning] };
      return { refuse: warning, fieldErrors };
    }
    if (result === "text_required") {
      const key = input.to === "refused" ? "validation.reasonRequired" : "validation.questionRequired";
      return { refuse: t(key), fieldErrors: { text: [t(key)] } };
    }
    return { redirectTo: `/dashboard/requests/${input.id}?done=step` };
  },
});

/** The audit row it writes is what lets the request page show the full ID number, for a few minutes. */
export const revealIdNumberAction = formAction({
  schema: revealIdNumberSchema,
  access: canRevealIdNumber,
  async run({ db, user, input, t }) {
    if (!(await revealApplicationIdNumbers(db, user, input.id))) return { refuse: t("errors.notFound") };
    return { redirectTo: `/dashboard/requests/${input.id}?revealId=1` };
  },
});
