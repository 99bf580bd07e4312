"use server";

import { markAttendance } from "@/db/queries/appointments";
import { formAction } from "@/server/action";
import { canWorkAppointments } from "@/lib/authz";
import { attendanceSchema } from "@/lib/validation/appointment-forms";

/** An officer marks a booking attended or no-show, then sees the day again. */
export const markAttendanceAction = formAction({
  schema: attendanceSchema,
  access: canWorkAppointments,
  async run({ db, input, user, t }) {
    const result = await markAttendance(db, user, input.requestId, input.mark);
    if (result === "not_found") return { refuse: t("appointments.notFound") };
    if (result === "not_yet") return { refuse: t("appointments.notYet") };
    return { redirectTo: `/dashboard/appointments?day=${input.day}&done=marked` };
  },
});
