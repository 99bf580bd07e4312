"use server";

import { createBoard } from "@/db/queries/boards";
import { formAction } from "@/server/action";
import { canManageBoards } from "@/lib/authz";
import { addBoardSchema } from "@/lib/validation/board-forms";

export const addBoardAction = formAction({
  schema: addBoardSchema,
  // Anyone who may manage at least their own boards; which officer's is checked by createBoard.
  access: (user) => canManageBoards(user, user.id),
  async run({ db, user, input, t }) {
    // createBoard applies canManageBoards for this officer; null is "not yours" or "no such officer".
    const board = await createBoard(db, user, input.officer, input.location);
    if (!board) return { refuse: t("errors.forbidden") };
    return { redirectTo: `/dashboard/board/${input.officer}?added=${encodeURIComponent(board.id)}` };
  },
});
