"use server";

import {
  addActivity,
  addAlliance,
  addOrganisation,
  answerReferral,
  closeReferral,
  referRequest,
  revealAllianceContacts,
  type AllianceChange,
} from "@/db/queries/alliances";
import { formAction, type Outcome } from "@/server/action";
import { seesAlliances } from "@/lib/authz";
import type { translatorFor } from "@/lib/i18n/server";
import {
  activitySchema,
  allianceSchema,
  organisationSchema,
  referralAnswerSchema,
  referralCloseSchema,
  referralSchema,
  revealContactsSchema,
} from "@/lib/validation/alliance-forms";

// The data functions keep every change to the user's own station: anything else is "not found".

type Translate = Awaited<ReturnType<typeof translatorFor>>;

const refusalKeys = {
  not_found: "notFound",
  not_allowed: "notAllowed",
  unknown_request: "unknownRequest",
  unknown_organisation: "unknownOrganisation",
  not_awaiting: "notAwaiting",
  not_answered: "notAnswered",
  in_future: "inFuture",
} as const;

function answer(result: AllianceChange, to: string, t: Translate, field?: string): Outcome<unknown> {
  if (result === "ok") return { redirectTo: to };
  const message = t(`alliances.refusals.${refusalKeys[result]}`);
  return field && (result === "in_future" || result === "unknown_organisation") ? { refuse: message, fieldErrors: { [field]: [message] } } : { refuse: message };
}

export const addAllianceAction = formAction({
  schema: allianceSchema,
  access: seesAlliances,
  async run({ db, user, input, t }) {
    return answer(await addAlliance(db, user, input), "/dashboard/alliances?done=alliance", t, "signedOn");
  },
});

export const addOrganisationAction = formAction({
  schema: organisationSchema,
  access: seesAlliances,
  async run({ db, user, input, t }) {
    return answer(await addOrganisation(db, user, input), `/dashboard/alliances/${input.alliance}?done=organisation`, t);
  },
});

export const addActivityAction = formAction({
  schema: activitySchema,
  access: seesAlliances,
  async run({ db, user, input, t }) {
    return answer(await addActivity(db, user, input), `/dashboard/alliances/${input.alliance}?done=activity`, t, "heldOn");
  },
});

export const revealContactsAction = formAction({
  schema: revealContactsSchema,
  access: seesAlliances,
  async run({ db, user, input, t }) {
    if (!(await revealAllianceContacts(db, user, input.alliance))) return { refuse: t("alliances.refusals.notFound") };
    return { redirectTo: `/dashboard/alliances/${input.alliance}?reveal=1&done=reveal` };
  },
});

export const referAction = formAction({
  schema: referralSchema,
  access: seesAlliances,
  async run({ db, user, input, t }) {
    const result = await referRequest(db, user, input);
    if (result.status === "ok") return { redirectTo: `/dashboard/alliances/${result.allianceId}?done=referred` };
    return answer(result.status, "", t, "organisation");
  },
});

export const answerReferralAction = formAction({
  schema: referralAnswerSchema,
  access: seesAlliances,
  async run({ db, user, input, t }) {
    const result = await answerReferral(db, user, input);
    if (result.status === "ok") return { redirectTo: `/dashboard/alliances/${result.allianceId}?done=answered#referral-${input.referral}` };
    return answer(result.status, "", t);
  },
});

export const closeReferralAction = formAction({
  schema: referralCloseSchema,
  access: seesAlliances,
  async run({ db, user, input, t }) {
    const result = await closeReferral(db, user, input);
    if (result.status === "ok") return { redirectTo: `/dashboard/alliances/${result.allianceId}?done=closed#referral-${input.referral}` };
    return answer(result.status, "", t);
  },
});
