"use server";

import { setResponseTargets } from "@/db/queries/service-levels";
import { formAction } from "@/server/action";
import { canEditTargets } from "@/lib/authz";
import { responseTargetsSchema } from "@/lib/validation/staff-forms";

export const saveTargetsAction = formAction({
  schema: responseTargetsSchema,
  access: canEditTargets,
  async run({ db, user, input, t }) {
    if (!(await setResponseTargets(db, user, input))) return { refuse: t("targets.adminOnly") };
    return { redirectTo: "/dashboard/admin/targets?done=saved" };
  },
});
