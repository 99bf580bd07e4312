"use server";

import { takeInCase } from "@/db/queries/mediation";
import { formAction } from "@/server/action";
import { decidedByCaseScope } from "@/lib/authz";
import { intakeSchema } from "@/lib/validation/mediation-forms";

// Someone who may not take cases in is told, like anyone outside a case's scope, that there is nothing here.
const refusals = {
  not_allowed: { key: "notFound" },
  unknown_request: { key: "unknownRequest" },
  already_taken: { key: "alreadyTaken" },
  unknown_community: { key: "unknownCommunity", field: "community" },
  unknown_place: { key: "unknownPlace", field: "place" },
  unknown_mediator: { key: "unknownMediator", field: "lead" },
} as const;

/** Takes a dispute in; the case page opens with its number. */
export const intakeAction = formAction({
  schema: intakeSchema,
  access: decidedByCaseScope,
  async run({ db, user, input, t }) {
    const result = await takeInCase(db, user, input);
    if (result.status === "ok") return { redirectTo: `/dashboard/mediation/${result.caseId}?done=taken` };
    const refusal: { key: (typeof refusals)[keyof typeof refusals]["key"]; field?: string } = refusals[result.status];
    const message = t(`mediation.refusals.${refusal.key}`);
    return refusal.field ? { refuse: message, fieldErrors: { [refusal.field]: [message] } } : { refuse: message };
  },
});
