import type { Metadata } from "next";
import Link from "next/link";
import { staffNotFound } from "@/lib/not-found";
import { getTranslations } from "next-intl/server";
import { BoardPrintStyle, ContactBoard, boardSize } from "../../_components/contact-board";
import { getDb } from "@/db";
import { getBoardForPrint } from "@/db/queries/boards";
import { requireStaff } from "@/server/auth";
import type { Locale } from "@/lib/i18n/locales";

export const metadata: Metadata = { robots: { index: false } };

/** One contact board laid out for printing on A4 (default) or A3 (?size=a3), one sheet. */
export default async function BoardPrintPage({ params, searchParams }: PageProps<"/[locale]/dashboard/board/[officer]/[board]">) {
  const { locale: raw, officer, board: boardId } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  const board = await getBoardForPrint(await getDb(), user, decodeURIComponent(boardId));
  if (!board || board.officer.slug !== officer) staffNotFound();
  const size = boardSize((await searchParams).size);
  const t = await getTranslations({ locale, namespace: "boards" });
  const here = `/dashboard/board/${officer}/${encodeURIComponent(board.id)}`;
  return (
    <main className="flex flex-col gap-4">
      <BoardPrintStyle size={size} />
      <div className="no-print flex flex-wrap items-center gap-4 text-base">
        <Link href={`/dashboard/board/${officer}`} className="font-semibold text-police-700 underline">
          {t("officerBoards", { name: board.officer.name })}
        </Link>
        <span>
          {t("sizeLabel")}{" "}
          <Link href={here} aria-current={size === "a4" ? "page" : undefined} className="text-police-700 underline aria-[current=page]:font-bold">
            {t("sizeA4")}
          </Link>{" "}
          <Link href={`${here}?size=a3`} aria-current={size === "a3" ? "page" : undefined} className="text-police-700 underline aria-[current=page]:font-bold">
            {t("sizeA3")}
          </Link>
        </span>
        <span className="text-slate-700">{t("printHint")}</span>
      </div>
      <ContactBoard locale={locale} board={board} />
    </main>
  );
}
