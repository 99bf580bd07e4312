import "server-only";
import type { z } from "zod";
import type { Db } from "@/db";
import type { ResidentGrant } from "@/db/queries/resident-grant";
import { formAction } from "./action";
import type { Locale } from "@/lib/i18n/locales";
import { deliverAfterResponse } from "./notifications";
import { residentAccess } from "./resident-access";

/**
 * The one way the resident changes their request from the tracking page: prove it is theirs (the private
 * link's secret, or the phone look-up's cookie), make the change, and go back to the page with `done=…`.
 * A refusal changes nothing; it is sent back as `<errorParam>=<reason>` for the page to explain (so it
 * shows with JavaScript off too), or without an errorParam shown in the form as "not allowed now".
 */
export function residentChange<S extends z.ZodType<{ code: string; k: string }, unknown>, R extends string>(options: {
  schema: S;
  done: string;
  errorParam?: string;
  /** Cached pages the change shows on (a path or a route pattern), refreshed after it commits. */
  revalidate?: string[];
  change: (db: Db, grant: ResidentGrant, input: z.output<S>, locale: Locale) => Promise<"ok" | R>;
}) {
  return formAction({
    schema: options.schema,
    access: "public",
    async run({ db, input, t, locale }) {
      const access = await residentAccess(db, input.code, input.k);
      if (access.status === "not_found") return { refuse: t("track.notFound") };
      const result = await options.change(db, access, input, locale);
      const back = `/track/${access.referenceCode}?${input.k ? `k=${encodeURIComponent(input.k)}&` : ""}`;
      if (result === "ok") {
        // The change may have written notifications for staff: sent once the answer is on its way.
        deliverAfterResponse();
        return { redirectTo: `${back}done=${options.done}`, revalidate: options.revalidate };
      }
      if (!options.errorParam) return { refuse: t("track.notAllowed") };
      return { redirectTo: `${back}${options.errorParam}=${result}` };
    },
  });
}
