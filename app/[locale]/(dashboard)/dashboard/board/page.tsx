import type { Metadata } from "next";
import Link from "next/link";
import { staffNotFound } from "@/lib/not-found";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listBoardOfficers, scanCounts } from "@/db/queries/boards";
import { requireStaff } from "@/server/auth";
import { seesAllBoards } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";

export const metadata: Metadata = { robots: { index: false } };

/** Whose boards the user may manage: an officer sees themselves, the chief and the administrator every officer. */
export default async function BoardOfficersPage({ params }: PageProps<"/[locale]/dashboard/board">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const db = await getDb();
  // Scans of the last 30 days: null for anyone but the chief and the administrator.
  const [officers, scans] = await Promise.all([listBoardOfficers(db, user), scanCounts(db, user, 30)]);
  if (!officers.length) staffNotFound();
  const t = await getTranslations({ locale, namespace: "boards" });
  return (
    <main className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      <nav aria-label={t("chooseOfficer")}>
        <ul className="flex flex-col gap-2">
          {officers.map((officer) => (
            <li key={officer.id}>
              <Link href={`/dashboard/board/${officer.slug}`} className="font-semibold text-police-700 underline">
                {t("officerBoards", { name: officer.name })}
              </Link>
              <span className="ml-2 text-slate-600">{officer.community}</span>
            </li>
          ))}
        </ul>
      </nav>
      {scans ? (
        <section aria-labelledby="scans-title" className="flex flex-col gap-2">
          <h2 id="scans-title" className="text-lg font-bold">
            {t("scans")}
          </h2>
          {scans.length ? (
            <table className="w-full border-collapse text-left text-base">
              <thead>
                <tr className="border-b border-slate-300">
                  <th className="py-2 pr-3">{t("boardId")}</th>
                  <th className="py-2 pr-3">{t("location")}</th>
                  <th className="py-2 pr-3">{t("scanTarget")}</th>
                  <th className="py-2 text-right">{t("scanCount")}</th>
                </tr>
              </thead>
              <tbody>
                {scans.map((row) => (
                  <tr key={`${row.boardId}/${row.target}`} className="border-b border-slate-200">
                    <td className="py-2 pr-3 font-mono">{row.boardId}</td>
                    <td className="py-2 pr-3">
                      {row.location} · {row.officerName}
                    </td>
                    <td className="py-2 pr-3">{row.target === "officer" ? t("targetOfficer") : (row.serviceName?.[locale] ?? row.target)}</td>
                    <td className="py-2 text-right tabular-nums">{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="text-base text-slate-700">{t("noScans")}</p>
          )}
        </section>
      ) : null}
      {seesAllBoards(user) ? (
        <p>
          <Link href="/dashboard/board/all" className="font-semibold text-police-700 underline">
            {t("printAll")}
          </Link>
        </p>
      ) : null}
    </main>
  );
}
