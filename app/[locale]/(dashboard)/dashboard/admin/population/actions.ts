"use server";

import { setPopulation } from "@/db/queries/stats/populations";
import { canEditPopulation } from "@/lib/authz";
import { populationSchema } from "@/lib/validation/incident-forms";
import { formAction, type Outcome } from "@/server/action";

export const setPopulationAction = formAction({
  schema: populationSchema,
  access: canEditPopulation,
  async run({ db, user, input, t }): Promise<Outcome<unknown>> {
    const result = await setPopulation(db, user, { communityId: input.community, year: input.year, population: input.population, source: input.source });
    if (result !== "ok") return { refuse: t("incidents.validation.unknownCommunity"), fieldErrors: { community: [t("incidents.validation.unknownCommunity")] } };
    return { redirectTo: "/dashboard/admin/population?done=saved" };
  },
});
