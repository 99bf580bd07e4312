"use server";

import { setResponseTargets } from "@/db/queries/service-levels";
import { formAction } from "@/lib/action";
import type { StaffUser } from "@/lib/authz";
import { responseTargetsSchema } from "@/lib/validation/staff-forms";

export const saveTargetsAction = formAction({
  schema: responseTargetsSchema,
  access: (user: StaffUser) => user.role === "admin",
  async run({ db, user, input, t }) {
    if (!(await setResponseTargets(db, user, input))) return { refuse: t("targets.adminOnly") };
    return { redirectTo: "/dashboard/admin/targets?done=saved" };
  },
});
