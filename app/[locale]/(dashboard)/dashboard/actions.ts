"use server";

import { signOut } from "@/lib/auth";
import { addInternalNote, changeRequestStatus, replyToRequest } from "@/db/queries/queue";
import { formAction } from "@/lib/action";
import { canUseQueue } from "@/lib/authz";
import { noteSchema, replySchema, statusSchema } from "@/lib/validation/staff-forms";

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

export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
