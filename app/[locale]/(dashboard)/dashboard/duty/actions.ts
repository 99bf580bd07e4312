"use server";

import { addDutyShift, removeDutyShift } from "@/db/queries/duty-roster";
import { formAction } from "@/server/action";
import { canSetDutyRoster } from "@/lib/authz";
import { dutyShiftSchema, removeDutyShiftSchema } from "@/lib/validation/duty-forms";

export const addDutyShiftAction = formAction({
  schema: dutyShiftSchema,
  access: canSetDutyRoster,
  async run({ db, user, input, t }) {
    const result = await addDutyShift(db, user, input);
    if (result === "not_allowed") return { refuse: t("duty.chiefOnly") };
    if (result === "unknown_staff") return { refuse: t("duty.unknownStaff"), fieldErrors: { staff: [t("duty.unknownStaff")] } };
    return { redirectTo: "/dashboard/duty?done=added" };
  },
});

export const removeDutyShiftAction = formAction({
  schema: removeDutyShiftSchema,
  access: canSetDutyRoster,
  async run({ db, user, input, t }) {
    const result = await removeDutyShift(db, user, input.shiftId);
    if (result === "not_allowed") return { refuse: t("duty.chiefOnly") };
    if (result !== "ok") return { refuse: t("duty.notFound") };
    return { redirectTo: "/dashboard/duty?done=removed" };
  },
});
