import { getDb } from "@/db";
import { countScan } from "@/db/queries/boards";
import { localeFromCookie, translatorFor } from "@/lib/i18n/server";
import { boardScanCookie } from "@/server/board-origin";

/**
 * Where every QR code on a contact board points: counts the scan for the board (no visitor data) and sends
 * the phone on to the officer's or the service's page. Never cached, or scans would go uncounted.
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/b/[board]/[target]">) {
  const { board, target } = await params;
  const location = await countScan(await getDb(), board, target);
  if (!location) {
    const t = await translatorFor(await localeFromCookie());
    return new Response(t("boards.scanNotFound"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  // The board is remembered for an hour, so a request sent after the scan counts as the board's.
  return new Response(null, { status: 302, headers: { Location: location, "Cache-Control": "no-store", "Set-Cookie": boardScanCookie(board) } });
}
