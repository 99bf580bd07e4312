import { cache } from "react";
import { getDb } from "@/db";
import { getPublicService } from "@/db/queries/services";

/** A service's guide, once per render (metadata and page share it); null for an unknown or hidden slug. */
export const loadService = cache(async (slug: string) => getPublicService(await getDb(), slug));
