import type { Metadata } from "next";
import Link from "next/link";
import { staffNotFound } from "@/lib/not-found";
import { getTranslations } from "next-intl/server";
import { BoardForm } from "./_components/board-form";
import { ClientMessages } from "@/components/client-messages";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { listBoardsForOfficer } from "@/db/queries/boards";
import { requireStaff } from "@/server/auth";
import type { Locale } from "@/lib/i18n/locales";
import { addBoardAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

/** One officer's contact boards, each with its print views, and a form to add one. */
export default async function OfficerBoardsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/board/[officer]">) {
  const { locale: raw, officer: slug } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  // null when there is no such officer or the boards are not the user's to manage: the page is not there.
  const result = await listBoardsForOfficer(await getDb(), user, slug);
  if (!result) staffNotFound();
  const t = await getTranslations({ locale, namespace: "boards" });
  const added = (await searchParams).added;
  return (
    <main className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-police-900">{t("officerBoards", { name: result.officer.name })}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      {typeof added === "string" ? <FormAlert tone="success" message={t("added", { id: added })} /> : null}
      {result.boards.length ? (
        <table className="w-full border-collapse text-left text-base">
          <thead>
            <tr className="border-b border-slate-300">
              <th className="py-2 pr-3">{t("boardId")}</th>
              <th className="py-2 pr-3">{t("location")}</th>
              <th className="py-2">{t("printView")}</th>
            </tr>
          </thead>
          <tbody>
            {result.boards.map((board) => {
              const href = `/dashboard/board/${result.officer.slug}/${encodeURIComponent(board.id)}`;
              return (
                <tr key={board.id} className="border-b border-slate-200">
                  <td className="py-2 pr-3 font-mono">{board.id}</td>
                  <td className="py-2 pr-3">{board.location}</td>
                  <td className="flex gap-3 py-2">
                    <Link href={href} className="font-semibold text-police-700 underline" aria-label={`${t("printView")} ${board.id} ${t("sizeA4")}`}>
                      {t("sizeA4")}
                    </Link>
                    <Link href={`${href}?size=a3`} className="font-semibold text-police-700 underline" aria-label={`${t("printView")} ${board.id} ${t("sizeA3")}`}>
                      {t("sizeA3")}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="text-base text-slate-700">{t("empty")}</p>
      )}
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages locale={locale} namespaces={["boards"]}>
          <BoardForm action={addBoardAction} officer={result.officer.slug} />
        </ClientMessages>
      </section>
    </main>
  );
}
