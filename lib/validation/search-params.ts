import { z } from "zod";

/*
 * Query strings are typed by whoever sends them (`?community=1.5`, `?page=99999999999`, `?view=x&view=y`):
 * each parameter is checked here, and one that does not fit reads as absent instead of reaching the
 * database (PostgreSQL refuses 1.5 or 2^40 for an integer column with an error, not an empty result).
 */

type Query = Record<string, string | string[] | undefined>;

/** A positive whole number that fits an integer column, written as plain digits. */
const id = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number).pipe(z.number().max(2_147_483_647));

/** The one value of a parameter given once; a repeated or missing one is not there. */
const single = (query: Query, key: string) => (typeof query[key] === "string" ? query[key] : undefined);

/** The staff queue's filters: which requests (open by default), one community (staff who see all), the page. */
export function queueFilters<V extends string>(query: Query, views: readonly [V, ...V[]], fallback: V) {
  return {
    view: z.enum(views).catch(fallback).parse(single(query, "view")),
    communityId: id.optional().catch(undefined).parse(single(query, "community")),
    page: id.pipe(z.number().max(1000)).catch(1).parse(single(query, "page")),
  };
}
