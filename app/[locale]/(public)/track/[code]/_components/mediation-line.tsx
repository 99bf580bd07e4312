import { getTranslations } from "next-intl/server";
import type { Db } from "@/db";
import { mediationOfRequest } from "@/db/queries/mediation";
import type { ResidentGrant } from "@/db/queries/resident-grant";
import type { Locale } from "@/lib/i18n/locales";

/** One line on the resident's tracking page when their matter went to the mediation committee. */
export async function MediationLine({ db, grant, locale }: { db: Db; grant: ResidentGrant; locale: Locale }) {
  const mediation = await mediationOfRequest(db, grant);
  if (!mediation) return null;
  const t = await getTranslations({ locale, namespace: "mediation" });
  return (
    <p className="rounded-2xl border border-police-100 bg-police-50 p-4 text-base" data-testid="mediation-line">
      {t("trackLine", { caseNumber: mediation.number, status: mediation.status })}
    </p>
  );
}
