import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { requests } from "./requests";
import { contactBoards } from "./services";

/**
 * The contact board whose QR code a resident came through before sending a request (the scan redirect leaves a
 * short-lived cookie naming the board; the submission records it). A request without a row came another way
 * (a link, the community page, typed in): the stats page counts those as the web channel.
 */
export const requestOrigins = pgTable(
  "request_origins",
  {
    requestId: uuid()
      .primaryKey()
      .references(() => requests.id, { onDelete: "cascade" }),
    boardId: text()
      .notNull()
      .references(() => contactBoards.id, { onDelete: "cascade" }),
  },
  (t) => [index().on(t.boardId)],
);
