"use server";

import { recordIncident } from "@/db/queries/incidents";
import type { Outcome } from "@/server/action";
import { canRecordIncident } from "@/lib/authz";
import { incidentSchema } from "@/lib/validation/incident-forms";
import { formAction } from "@/server/action";

export const recordIncidentAction = formAction({
  schema: incidentSchema,
  access: canRecordIncident,
  async run({ db, user, input, t }): Promise<Outcome<unknown>> {
    // A minute of slack for a clock that runs a little ahead of the server's.
    if (input.occurredAt.getTime() > Date.now() + 60_000) return { refuse: t("incidents.validation.future"), fieldErrors: { time: [t("incidents.validation.future")] } };
    const result = await recordIncident(db, user, input);
    if (result.status === "unknown_community" || result.status === "not_allowed") {
      return { refuse: t("incidents.validation.unknownCommunity"), fieldErrors: { community: [t("incidents.validation.unknownCommunity")] } };
    }
    if (result.status === "duplicate_external_id") {
      return { refuse: t("incidents.validation.duplicateExternalId"), fieldErrors: { externalId: [t("incidents.validation.duplicateExternalId")] } };
    }
    return { redirectTo: "/dashboard/incidents?done=recorded" };
  },
});
