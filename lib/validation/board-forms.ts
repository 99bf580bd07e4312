import { z } from "zod";
import { text } from "./fields";

export const addBoardSchema = z.object({
  officer: text.pipe(z.string().regex(/^[a-z0-9-]{1,64}$/, { error: "validation.unknownOfficer" })),
  location: text.pipe(
    z.string().min(1, { error: "validation.placeRequired", abort: true }).max(200, { error: "validation.placeTooLong" }),
  ),
});
