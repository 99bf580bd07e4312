"use server";

import { revealPartyPhone } from "@/db/queries/mediation";
import {
  extendCase,
  recordAgreement,
  recordFollowUp,
  recordNoAgreement,
  recordNotice,
  recordSession,
  scheduleFollowUp,
  scheduleSession,
  type CaseWork,
} from "@/db/queries/mediation-work";
import { formAction, type Outcome } from "@/server/action";
import { decidedByCaseScope } from "@/lib/authz";
import type { translatorFor } from "@/lib/i18n/server";
import {
  agreementSchema,
  extensionSchema,
  noAgreementSchema,
  noticeSchema,
  recordFollowUpSchema,
  recordSessionSchema,
  revealPartySchema,
  scheduleFollowUpSchema,
  scheduleSessionSchema,
} from "@/lib/validation/mediation-forms";

// Every action re-checks the case against the user's scope in the data layer: a case outside it is "not
// found", exactly like a missing one.

type Translate = Awaited<ReturnType<typeof translatorFor>>;

const refusalKeys = {
  not_found: "notFound",
  closed: "closed",
  notice_missing: "noticeMissing",
  no_session_held: "noSessionHeld",
  session_not_found: "sessionNotFound",
  already_held: "alreadyHeld",
  in_future: "inFuture",
  before_acceptance: "beforeAcceptance",
  due_not_later: "dueNotLater",
  due_too_far: "dueTooFar",
  follow_up_not_found: "followUpNotFound",
  not_agreed: "notAgreed",
} as const;

/** The answer to a piece of case work: back to the case with what was done, or the reason it was not. */
function answer(result: CaseWork, caseId: number, done: string, t: Translate, field?: string): Outcome<unknown> {
  if (result === "ok") return { redirectTo: `/dashboard/mediation/${caseId}?done=${done}` };
  const message = t(`mediation.refusals.${refusalKeys[result]}`);
  // A date the rules refuse is the field's error; anything else is said for the whole form.
  const dated = result === "in_future" || result === "before_acceptance" || result === "due_not_later" || result === "due_too_far";
  return field && dated ? { refuse: message, fieldErrors: { [field]: [message] } } : { refuse: message };
}

export const revealPartyAction = formAction({
  schema: revealPartySchema,
  access: decidedByCaseScope,
  async run({ db, user, input, t }) {
    if (!(await revealPartyPhone(db, user, input.caseId, input.party))) return { refuse: t("mediation.refusals.notFound") };
    return { redirectTo: `/dashboard/mediation/${input.caseId}?reveal=1&done=reveal` };
  },
});

export const noticeAction = formAction({
  schema: noticeSchema,
  access: decidedByCaseScope,
  async run({ db, user, input, t }) {
    return answer(await recordNotice(db, user, input.caseId, input.givenOn), input.caseId, "notice", t, "givenOn");
  },
});

export const scheduleSessionAction = formAction({
  schema: scheduleSessionSchema,
  access: decidedByCaseScope,
  async run({ db, user, input, t }) {
    return answer(await scheduleSession(db, user, input.caseId, input), input.caseId, "scheduled", t, "scheduledAt");
  },
});

export const recordSessionAction = formAction({
  schema: recordSessionSchema,
  access: decidedByCaseScope,
  async run({ db, user, input, t }) {
    return answer(await recordSession(db, user, input.caseId, input), input.caseId, "session", t, "heldAt");
  },
});

export const extensionAction = formAction({
  schema: extensionSchema,
  access: decidedByCaseScope,
  async run({ db, user, input, t }) {
    return answer(await extendCase(db, user, input.caseId, input), input.caseId, "extended", t, "newDueOn");
  },
});

export const agreementAction = formAction({
  schema: agreementSchema,
  access: decidedByCaseScope,
  async run({ db, user, input, t }) {
    const { caseId, ...agreement } = input;
    return answer(await recordAgreement(db, user, caseId, agreement), caseId, "agreement", t, "agreedOn");
  },
});

export const noAgreementAction = formAction({
  schema: noAgreementSchema,
  access: decidedByCaseScope,
  async run({ db, user, input, t }) {
    return answer(await recordNoAgreement(db, user, input.caseId, input), input.caseId, "ended", t);
  },
});

export const scheduleFollowUpAction = formAction({
  schema: scheduleFollowUpSchema,
  access: decidedByCaseScope,
  async run({ db, user, input, t }) {
    return answer(await scheduleFollowUp(db, user, input.caseId, input.dueOn), input.caseId, "followUpScheduled", t, "dueOn");
  },
});

export const recordFollowUpAction = formAction({
  schema: recordFollowUpSchema,
  access: decidedByCaseScope,
  async run({ db, user, input, t }) {
    const { caseId, ...followUp } = input;
    return answer(await recordFollowUp(db, user, caseId, followUp), caseId, "followUp", t);
  },
});
