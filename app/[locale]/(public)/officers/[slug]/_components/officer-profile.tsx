import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PublicProfile } from "@/db/queries/directory";
import type { Locale } from "@/lib/i18n/locales";

/** The top of the officer page: who the officer is and how to reach them directly. */
export async function OfficerProfile({
  locale,
  officer,
  community,
}: {
  locale: Locale;
  officer: PublicProfile;
  community: { slug: string; name: string; officeAddress: string };
}) {
  const t = await getTranslations({ locale, namespace: "officer" });
  return (
    <section aria-labelledby="officer-name" className="flex flex-col gap-4 rounded-2xl bg-white p-4 shadow-sm">
      <div className="flex gap-4">
        {officer.photoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- portrait from public/, fixed size
          <img
            src={officer.photoUrl}
            alt={t("photoAlt", { name: officer.name })}
            width={120}
            height={150}
            className="h-[150px] w-[120px] shrink-0 rounded-lg object-cover"
          />
        ) : null}
        <div className="flex flex-col gap-1">
          <h1 id="officer-name" className="text-2xl font-bold text-police-900">
            {officer.name}
          </h1>
          <p className="text-base text-slate-800">{officer.title}</p>
          {officer.badgeNumber ? (
            <p className="text-base text-slate-800">
              {t.rich("badgeLine", { number: officer.badgeNumber, mono: (chunks) => <span className="font-mono">{chunks}</span> })}
            </p>
          ) : null}
          <p className="text-base text-slate-800">
            {t.rich("communityLine", {
              name: community.name,
              link: (chunks) => (
                <Link href={`/communities/${community.slug}`} className="font-medium text-police-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
      </div>
      {officer.commitment ? (
        <blockquote className="rounded-lg border-l-4 border-police-600 bg-police-50 px-4 py-3 text-base leading-relaxed">
          <p className="text-sm font-semibold text-police-800">{t("commitment")}</p>
          <p>{officer.commitment}</p>
        </blockquote>
      ) : null}
      <dl className="grid grid-cols-1 gap-2 text-base sm:grid-cols-2">
        {officer.workPhone ? (
          <div>
            <dt className="text-sm text-slate-600">{t("workPhone")}</dt>
            <dd>
              <a
                href={`tel:${officer.workPhone.replace(/[^\d+]/g, "")}`}
                className="inline-flex min-h-12 items-center font-semibold text-police-700 underline"
              >
                {officer.workPhone}
              </a>
            </dd>
          </div>
        ) : null}
        {officer.officeHours ? (
          <div>
            <dt className="text-sm text-slate-600">{t("officeHours")}</dt>
            <dd>{officer.officeHours}</dd>
          </div>
        ) : null}
        <div className="sm:col-span-2">
          <dt className="text-sm text-slate-600">{t("office")}</dt>
          <dd>{community.officeAddress}</dd>
        </div>
      </dl>
    </section>
  );
}
