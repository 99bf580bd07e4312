import type { Metadata } from "next";
import { staffNotFound } from "@/lib/not-found";
import { getTranslations } from "next-intl/server";
import { BoardPrintStyle, ContactBoard, boardSize } from "../_components/contact-board";
import { getDb } from "@/db";
import { listAllBoardsForPrint } from "@/db/queries/boards";
import { requireStaff } from "@/server/auth";
import type { Locale } from "@/lib/i18n/locales";

export const metadata: Metadata = { robots: { index: false } };

/** 打印全部: every board of the station, one per printed page (chief and administrator). */
export default async function AllBoardsPrintPage({ params, searchParams }: PageProps<"/[locale]/dashboard/board/all">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const boards = await listAllBoardsForPrint(await getDb(), user);
  if (!boards) staffNotFound();
  const size = boardSize((await searchParams).size);
  const t = await getTranslations({ locale, namespace: "boards" });
  return (
    <main className="flex flex-col gap-4">
      <BoardPrintStyle size={size} />
      <div className="no-print flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-police-900">{t("printAllTitle")}</h1>
        <p className="text-base text-slate-700">{t("printHint")}</p>
        {boards.length ? null : <p className="text-base text-slate-700">{t("empty")}</p>}
      </div>
      <div>
        {boards.map((board) => (
          <ContactBoard key={board.id} locale={locale} board={board} />
        ))}
      </div>
    </main>
  );
}
