"use server";

import { z } from "zod";
import { handOverHazard, moveHazard, reportHazard, revealHazardPhone } from "@/db/queries/field-hazards";
import { formAction, refuseField } from "@/server/action";
import { hazardFormSchema, hazardHandoverSchema, hazardRevealSchema, hazardStepSchema } from "@/lib/validation/field-forms";

// Every staff member reaches the data function, which answers "not found" itself outside their scope.
const anyStaff = () => true;

export const reportHazardAction = formAction({
  schema: z.lazy(() => hazardFormSchema(new Date())),
  access: anyStaff,
  async run({ db, user, input, t }) {
    const result = await reportHazard(db, user, input, new Date());
    if (result.status === "not_allowed") return { refuse: t("field.errors.notAllowed") };
    if (result.status === "bad_place") return refuseField("place", t("field.errors.badPlace"));
    if (result.status !== "ok") return { refuse: t("field.errors.badVisit") };
    return { redirectTo: `/dashboard/field/hazards/${result.id}?done=reported` };
  },
});

export const moveHazardAction = formAction({
  schema: hazardStepSchema,
  access: anyStaff,
  async run({ db, user, input, t }) {
    const result = await moveHazard(db, user, input.hazard, input.to as Parameters<typeof moveHazard>[3], input.note, new Date());
    if (result === "not_found") return { refuse: t("errors.notFound") };
    if (result === "not_allowed") return { refuse: t("field.errors.officerOnly") };
    if (result === "bad_step") return { refuse: t("field.errors.badStep") };
    if (result === "proof_missing") return { refuse: t("field.errors.proofMissing") };
    return { redirectTo: `/dashboard/field/hazards/${input.hazard}?done=step` };
  },
});

export const handOverHazardAction = formAction({
  schema: z.lazy(() => hazardHandoverSchema(new Date())),
  access: anyStaff,
  async run({ db, user, input, t }) {
    const result = await handOverHazard(db, user, input.hazard, input, new Date());
    if (result === "not_found") return { refuse: t("errors.notFound") };
    if (result === "not_allowed") return { refuse: t("field.errors.officerOnly") };
    return { redirectTo: `/dashboard/field/hazards/${input.hazard}?done=handover` };
  },
});

/** The audit row it writes is what lets the hazard page show the responsible party's full phone, for a few minutes. */
export const revealHazardPhoneAction = formAction({
  schema: hazardRevealSchema,
  access: anyStaff,
  async run({ db, user, input, t }) {
    if (!(await revealHazardPhone(db, user, input.id))) return { refuse: t("errors.notFound") };
    return { redirectTo: `/dashboard/field/hazards/${input.id}?reveal=1` };
  },
});
