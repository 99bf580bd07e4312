"use server";

import { z } from "zod";
import { logVisit } from "@/db/queries/field-visits";
import { formAction, refuseField } from "@/server/action";
import { visitFormSchema } from "@/lib/validation/field-forms";

// Every staff member reaches the data function, which answers "not found" or "not allowed" itself: an action
// of another community's record must look the same as a missing one.
const anyStaff = () => true;

/** 记走访: stores the visit (once per browser key) and shows it, where photos can be added. */
export const logVisitAction = formAction({
  schema: z.lazy(() => visitFormSchema(new Date())),
  access: anyStaff,
  async run({ db, user, input, t }) {
    const result = await logVisit(db, user, input);
    if (result.status === "not_allowed") return { refuse: t("field.errors.notAllowed") };
    if (result.status === "bad_place") return refuseField("place", t("field.errors.badPlace"));
    if (!("id" in result)) return refuseField("requestCode", t("field.errors.badRequest"));
    return { redirectTo: `/dashboard/field/visits/${result.id}?done=${result.status}` };
  },
});
