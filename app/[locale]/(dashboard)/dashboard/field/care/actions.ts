"use server";

import { z } from "zod";
import { addCareSubject, closeCareSubject, revealCareSubjectPhones, updateCareSubject } from "@/db/queries/care-subjects";
import { recordCareVisit } from "@/db/queries/field-visits";
import { formAction, refuseField } from "@/server/action";
import { careSubjectCloseSchema, careSubjectEditSchema, careSubjectFormSchema, careSubjectRevealSchema, careVisitFormSchema } from "@/lib/validation/field-forms";

// Every staff member reaches the data function, which answers "not found" itself outside their scope.
const anyStaff = () => true;

export const addCareSubjectAction = formAction({
  schema: z.lazy(() => careSubjectFormSchema(new Date())),
  access: anyStaff,
  async run({ db, user, input, t }) {
    const result = await addCareSubject(db, user, input, new Date());
    if (result.status === "not_allowed") return { refuse: t("field.errors.notAllowed") };
    if (result.status !== "ok") return refuseField("place", t("field.errors.badPlace"));
    return { redirectTo: `/dashboard/field/care/${result.id}?done=added` };
  },
});

export const editCareSubjectAction = formAction({
  schema: z.lazy(() => careSubjectEditSchema(new Date())),
  access: anyStaff,
  async run({ db, user, input, t }) {
    const result = await updateCareSubject(db, user, input.subject, input);
    if (result === "not_found") return { refuse: t("errors.notFound") };
    if (result === "bad_place") return refuseField("place", t("field.errors.badPlace"));
    return { redirectTo: `/dashboard/field/care/${input.subject}?done=edited` };
  },
});

export const closeCareSubjectAction = formAction({
  schema: careSubjectCloseSchema,
  access: anyStaff,
  async run({ db, user, input, t }) {
    if ((await closeCareSubject(db, user, input.subject, input.reason, new Date())) !== "ok") return { refuse: t("errors.notFound") };
    return { redirectTo: `/dashboard/field/care/${input.subject}?done=closed` };
  },
});

/** 关爱走访: the visit and what it found; the subject's next due date moves on from it. */
export const recordCareVisitAction = formAction({
  schema: z.lazy(() => careVisitFormSchema(new Date())),
  access: anyStaff,
  async run({ db, user, input, t }) {
    const result = await recordCareVisit(db, user, input);
    if (result.status === "stored" || result.status === "repeated") return { redirectTo: `/dashboard/field/care/${input.subject}?done=visit` };
    return { refuse: t("errors.notFound") };
  },
});

/** The audit row it writes is what lets the page show the subject's and their emergency contact's phones, for a few minutes. */
export const revealCarePhonesAction = formAction({
  schema: careSubjectRevealSchema,
  access: anyStaff,
  async run({ db, user, input, t }) {
    if (!(await revealCareSubjectPhones(db, user, input.id))) return { refuse: t("errors.notFound") };
    return { redirectTo: `/dashboard/field/care/${input.id}?reveal=1` };
  },
});
