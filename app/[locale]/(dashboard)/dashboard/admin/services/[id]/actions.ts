"use server";

import { servicePagePaths, updateService } from "@/db/queries/services";
import { formAction } from "@/server/action";
import { canEditServices } from "@/lib/authz";
import { serviceEditSchema } from "@/lib/validation/service-catalogue";

export const saveServiceAction = formAction({
  schema: serviceEditSchema,
  access: canEditServices,
  async run({ db, user, input, t }) {
    const saved = await updateService(db, user, input);
    if (!saved) return { refuse: t("services.admin.adminOnly") };
    // The cached guide and list pages, in both languages, are refreshed once the change has committed.
    return { redirectTo: `/dashboard/admin/services?saved=${saved.slug}`, revalidate: servicePagePaths(saved.slug) };
  },
});
