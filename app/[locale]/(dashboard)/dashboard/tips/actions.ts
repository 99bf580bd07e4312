"use server";

import type { Db } from "@/db";
import { createPreventionTip, deletePreventionTip, publicPagesOfCommunity } from "@/db/queries/public-content";
import { formAction } from "@/server/action";
import { canPublish, seesAllCommunities } from "@/lib/authz";
import { deletePreventionTipSchema, preventionTipSchema } from "@/lib/validation/staff-forms";

/** Tips show on the community page and its officers' pages (cached): those pages, in both locales. */
function publicPages(db: Db, communityId: number) {
  return publicPagesOfCommunity(db, communityId, { officerPages: true });
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
    return { redirectTo: "/dashboard/tips?done=created", revalidate: await publicPages(db, created.communityId) };
  },
});

export const deleteTipAction = formAction({
  schema: deletePreventionTipSchema,
  access: canPublish,
  async run({ db, user, input, t }) {
    const deleted = await deletePreventionTip(db, user, input.tipId);
    if (!deleted) return { refuse: t("errors.notFound") };
    return { redirectTo: "/dashboard/tips?done=deleted", revalidate: await publicPages(db, deleted.communityId) };
  },
});
