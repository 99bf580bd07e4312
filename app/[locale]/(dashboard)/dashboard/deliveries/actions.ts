"use server";

import { recordDelivery } from "@/db/queries/deliveries";
import { formAction } from "@/lib/action";
import { canDeliver } from "@/lib/authz";
import { deliveryRecordSchema } from "@/lib/validation/application-forms";

/** The officer at the door: delivered (to whom) completes the application; missed (why) keeps it open. */
export const recordDeliveryAction = formAction({
  schema: deliveryRecordSchema,
  access: canDeliver,
  async run({ db, user, input, t }) {
    const record =
      input.outcome === "delivered" ? { outcome: "delivered" as const, recipientName: input.recipientName } : { outcome: "missed" as const, note: input.note };
    if ((await recordDelivery(db, user, input.delivery, record)) === "not_found") return { refuse: t("errors.notFound") };
    return { redirectTo: `/dashboard/deliveries?day=${input.day}&done=${input.outcome}` };
  },
});
