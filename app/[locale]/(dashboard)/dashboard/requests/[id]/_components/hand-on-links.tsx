import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Db } from "@/db";
import { listReferralsOfRequest } from "@/db/queries/alliances";
import { caseOfRequestFor } from "@/db/queries/mediation";
import type { RequestKind } from "@/db/schema";
import { seesAlliances, type StaffUser } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Where a request can go on from the request page: to the mediation committee (a dispute), or to an alliance
 * partner (a problem that is theirs), and where it already went. Each link shows only to those who may use it.
 */
export async function HandOnLinks({ db, user, requestId, kind, locale }: { db: Db; user: StaffUser; requestId: string; kind: RequestKind; locale: Locale }) {
  if (kind === "tip") return null;
  const [mediation, referrals] = await Promise.all([caseOfRequestFor(db, user, requestId), seesAlliances(user) ? listReferralsOfRequest(db, user, requestId) : []]);
  const showAlliances = seesAlliances(user);
  if (!mediation.canTakeIn && !mediation.caseId && !showAlliances) return null;
  const t = await getTranslations({ locale, namespace: "mediation" });
  const ta = await getTranslations({ locale, namespace: "alliances" });
  return (
    <section className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
      <p className="flex flex-wrap gap-4 text-base">
        {mediation.caseId ? (
          <Link href={`/dashboard/mediation/${mediation.caseId}`} className="font-semibold text-police-700 underline">
            {t("intake.requestTaken", { number: mediation.number ?? "" })}
          </Link>
        ) : mediation.canTakeIn ? (
          <Link href={`/dashboard/mediation/new?request=${requestId}`} className="font-semibold text-police-700 underline">
            {t("intake.title")}
          </Link>
        ) : null}
        {showAlliances ? (
          <Link href={`/dashboard/alliances/refer?request=${requestId}`} className="font-semibold text-police-700 underline">
            {ta("refer.title")}
          </Link>
        ) : null}
      </p>
      {referrals.length > 0 ? (
        <ul className="flex flex-col gap-1 text-base">
          {referrals.map((r) => (
            <li key={r.id}>
              <Link href={`/dashboard/alliances/${r.allianceId}#referral-${r.id}`} className="text-police-700 underline">
                {r.organisationName} · {ta(`statuses.${r.status}`)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
