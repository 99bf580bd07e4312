"use server";

import { BOOKABILITY_PAGES } from "@/db/queries/bookable";
import { saveSlotTemplate, setSlotTemplateActive, type SaveSlotTemplateResult } from "@/db/queries/slot-templates";
import { formAction, type Outcome } from "@/server/action";
import { canCreateSlotTemplates } from "@/lib/authz";
import { slotTemplateActiveSchema, slotTemplateSchema } from "@/lib/validation/slot-templates";

type Translate = (key: string) => string;

/** Back to the list with what the change did to the slots, or the refusal explained next to its fields. */
function outcomeOf(result: SaveSlotTemplateResult, done: "created" | "saved" | "activated" | "deactivated", t: Translate): Outcome<unknown> {
  if (result.status === "not_found") return { refuse: t("slotTemplates.notFound") };
  if (result.status === "invalid") {
    const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, keys]) => [field, keys.map((key) => t(key))]));
    return { refuse: t("slotTemplates.fixErrors"), fieldErrors };
  }
  const { added, keptBooked } = result.slots;
  return {
    redirectTo: `/dashboard/admin/appointments?done=${done}&template=${result.id}&added=${added}&kept=${keptBooked}`,
    // The pickers, and whether a service or an officer takes bookings at all, are cached pages: all remade
    // (a template may change service, and a service's last rule switched off makes it unbookable).
    revalidate: BOOKABILITY_PAGES,
  };
}

/** The administrator (any template) or an officer (their own) creates or changes a slot template. */
export const saveSlotTemplateAction = formAction({
  schema: slotTemplateSchema,
  access: canCreateSlotTemplates,
  async run({ db, user, input, t }) {
    const result = await saveSlotTemplate(db, user, input);
    return outcomeOf(result, result.status === "saved" && result.created ? "created" : "saved", t as Translate);
  },
});

/** Deactivates a template (existing bookings stay) or activates it again. */
export const setSlotTemplateActiveAction = formAction({
  schema: slotTemplateActiveSchema,
  access: canCreateSlotTemplates,
  async run({ db, user, input, t }) {
    const result = await setSlotTemplateActive(db, user, input.id, input.active);
    return outcomeOf(result, input.active ? "activated" : "deactivated", t as Translate);
  },
});
