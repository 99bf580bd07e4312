"use server";

import { addCommitteeMember, setMemberActive } from "@/db/queries/mediation";
import { formAction } from "@/server/action";
import { decidedByCaseScope } from "@/lib/authz";
import { memberActiveSchema, memberSchema } from "@/lib/validation/mediation-forms";

export const addMemberAction = formAction({
  schema: memberSchema,
  access: decidedByCaseScope,
  async run({ db, user, input, t }) {
    const result = await addCommitteeMember(db, user, input);
    if (result === "not_allowed") return { refuse: t("mediation.refusals.notFound") };
    if (result === "unknown_account") {
      return { refuse: t("mediation.refusals.unknownAccount"), fieldErrors: { account: [t("mediation.refusals.unknownAccount")] } };
    }
    return { redirectTo: "/dashboard/mediation/committee?done=member" };
  },
});

export const memberActiveAction = formAction({
  schema: memberActiveSchema,
  access: decidedByCaseScope,
  async run({ db, user, input, t }) {
    const result = await setMemberActive(db, user, input.member, input.active);
    if (result !== "ok") return { refuse: t("mediation.refusals.notFound") };
    return { redirectTo: "/dashboard/mediation/committee?done=memberChanged" };
  },
});
