import { z } from "zod";
import { incidentCategories, incidentSources } from "@/db/schema/incidents";
import { parseDay, shanghaiInstant } from "@/lib/calendar-day";
import { MAX_ADDRESS, MAX_BRIEF } from "@/lib/incidents/import-format";
import { text } from "./fields";

/* The incident entry form and the administrator's population form; messages under incidents.validation. */

const id = (error: string) => text.pipe(z.string().regex(/^\d{1,9}$/, { error })).transform(Number);

export const incidentSchema = z
  .object({
    community: id("incidents.validation.communityRequired"),
    day: text.pipe(z.string().refine((v) => parseDay(v) !== null, { error: "incidents.validation.dayInvalid" })),
    time: text.pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "incidents.validation.timeInvalid" })),
    category: text.pipe(z.enum(incidentCategories, { error: "incidents.validation.categoryRequired" })),
    source: text.pipe(z.enum(incidentSources, { error: "incidents.validation.sourceRequired" })),
    brief: text.pipe(z.string().min(1, { error: "incidents.validation.briefRequired" }).max(MAX_BRIEF, { error: "incidents.validation.briefTooLong" })),
    address: text.pipe(z.string().max(MAX_ADDRESS, { error: "incidents.validation.addressTooLong" })),
    externalId: text.pipe(z.string().regex(/^([A-Za-z0-9][A-Za-z0-9_\-./]{0,63})?$/, { error: "incidents.validation.externalIdInvalid" })),
  })
  .transform(({ day, time, address, externalId, community, ...rest }) => ({
    ...rest,
    communityId: community,
    occurredAt: shanghaiInstant(day, time),
    address: address || null,
    externalId: externalId || null,
  }));

export const populationSchema = z.object({
  community: id("incidents.validation.communityRequired"),
  year: text.pipe(z.string().regex(/^\d{4}$/, { error: "incidents.validation.yearInvalid" })).transform(Number).pipe(
    z.number().min(2000, { error: "incidents.validation.yearInvalid" }).max(2100, { error: "incidents.validation.yearInvalid" }),
  ),
  population: text
    .pipe(z.string().regex(/^\d{1,8}$/, { error: "incidents.validation.populationInvalid" }))
    .transform(Number)
    .pipe(z.number().min(1, { error: "incidents.validation.populationInvalid" }).max(10_000_000, { error: "incidents.validation.populationInvalid" })),
  source: text.pipe(
    z.string().min(1, { error: "incidents.validation.populationSourceRequired" }).max(100, { error: "incidents.validation.populationSourceTooLong" }),
  ),
});
