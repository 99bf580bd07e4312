"use server";

import { recordDelivery, revealDeliveryPhone } from "@/db/queries/deliveries";
import { formAction } from "@/server/action";
import { canDeliver } from "@/lib/authz";
import { DELIVERY_WINDOW, deliveredFrom } from "@/lib/delivery-evenings";
import { deliveryPhoneRevealSchema, deliveryRecordSchema } from "@/lib/validation/application-forms";

/** The officer at the door: delivered (to whom) completes the application; missed (why) keeps it open. */
export const recordDeliveryAction = formAction({
  schema: deliveryRecordSchema,
  access: canDeliver,
  async run({ db, user, input, t }) {
    const record =
      input.outcome === "delivered" ? { outcome: "delivered" as const, recipientName: input.recipientName } : { outcome: "missed" as const, note: input.note };
    const result = await recordDelivery(db, user, input.delivery, record);
    if (result === "not_found") return { refuse: t("errors.notFound") };
    if (result === "too_early" || result === "too_late") {
      return { refuse: t(`deliveries.${result === "too_early" ? "tooEarly" : "tooLate"}`, { from: deliveredFrom(DELIVERY_WINDOW.start) }) };
    }
    return { redirectTo: `/dashboard/deliveries?day=${input.day}&done=${input.outcome}` };
  },
});

/** The audit row it writes is what lets the round show the full number, for a few minutes. */
export const revealDeliveryPhoneAction = formAction({
  schema: deliveryPhoneRevealSchema,
  access: canDeliver,
  async run({ db, user, input, t }) {
    if (!(await revealDeliveryPhone(db, user, input.id))) return { refuse: t("errors.notFound") };
    return { redirectTo: `/dashboard/deliveries?day=${input.day}&reveal=1` };
  },
});
