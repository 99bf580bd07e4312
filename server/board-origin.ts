import "server-only";
import { cookies } from "next/headers";
import type { Db } from "@/db";
import { recordRequestOrigin } from "@/db/queries/request-origins";
import { BOARD_ID_PATTERN } from "@/lib/board-ids";

/**
 * The contact board a resident came through: the scan redirect (/api/b/…) leaves this cookie for an hour, and a
 * request sent meanwhile is counted as that board's (the stats page's "scans that became requests"). It names
 * the board only — nothing about the resident.
 */
export const BOARD_SCAN_COOKIE = "board_scan";
export const BOARD_SCAN_SECONDS = 60 * 60;

export function boardScanCookie(board: string): string {
  return `${BOARD_SCAN_COOKIE}=${board}; Max-Age=${BOARD_SCAN_SECONDS}; Path=/; HttpOnly; SameSite=Lax`;
}

/** Records that a request just stored came through the board the resident scanned, if they scanned one. */
export async function recordBoardOrigin(db: Db, referenceCode: string): Promise<void> {
  const board = (await cookies()).get(BOARD_SCAN_COOKIE)?.value;
  if (board && BOARD_ID_PATTERN.test(board)) await recordRequestOrigin(db, referenceCode, board);
}
