import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listBoardOfficers } from "@/db/queries/boards";
import { requireStaff } from "@/lib/auth";
import { seesAllBoards } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";

export const metadata: Metadata = { robots: { index: false } };

/** Whose boards the user may manage: an officer sees themselves, the chief and the administrator every officer. */
export default async function BoardOfficersPage({ params }: PageProps<"/[locale]/dashboard/board">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const officers = await listBoardOfficers(await getDb(), user);
  if (!officers.length) notFound();
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
