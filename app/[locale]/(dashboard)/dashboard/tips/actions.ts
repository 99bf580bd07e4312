"use server";

import { revalidatePath } from "next/cache";
import type { Db } from "@/db";
import { canPublish, createPreventionTip, deletePreventionTip, publicPagesOfCommunity } from "@/db/queries/public-content";
import { formAction } from "@/lib/action";
import { seesAllCommunities } from "@/lib/authz";
import { deletePreventionTipSchema, preventionTipSchema } from "@/lib/validation/staff-forms";

/** Tips show on the community page and its officers' pages (cached): refresh them in both locales. */
async function refreshPublicPages(db: Db, communityId: number) {
  for (const path of await publicPagesOfCommunity(db, communityId, { officerPages: true })) revalidatePath(path);
}

export const createTipAction = formAction({
  schema: preventionTipSchema,
  access: canPublish,
  async run({ db, user, input, t }) {
    if (seesAllCommunities(user) && input.communityId === undefined) {
      return { refuse: t("validation.communityRequired"), fieldErrors: { communityId: [t("validation.communityRequired")] } };
    }
    const created = await createPreventionTip(db, user, input);
    if (!created) return { refuse: t("validation.communityRequired"), fieldErrors: { communityId: [t("validation.communityRequired")] } };
    await refreshPublicPages(db, created.communityId);
    return { redirectTo: "/dashboard/tips?done=created" };
  },
});

export const deleteTipAction = formAction({
  schema: deletePreventionTipSchema,
  access: canPublish,
  async run({ db, user, input, t }) {
    const deleted = await deletePreventionTip(db, user, input.tipId);
    if (!deleted) return { refuse: t("errors.notFound") };
    await refreshPublicPages(db, deleted.communityId);
    return { redirectTo: "/dashboard/tips?done=deleted" };
  },
});
