import { cache } from "react";
import { getDb } from "@/db";
import { getOfficerPage } from "@/db/queries/directory";

/** The officer behind a page, once per render (metadata and page share it); null for a slug that cannot exist. */
export const loadOfficer = cache(async (slug: string) =>
  /^[a-z0-9-]{1,64}$/.test(slug) ? getOfficerPage(await getDb(), slug) : null,
);
