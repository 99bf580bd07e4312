import { getDb } from "@/db";
import { getBookingOfRequest } from "@/db/queries/appointments";
import { normalizeReferenceCode } from "@/lib/codes";
import { bookingPlace } from "@/lib/booking-place";
import { localeFromCookie, translatorFor } from "@/lib/i18n/server";
import { calendarEvent } from "@/lib/ics";
import { env } from "@/lib/env";
import { residentAccess } from "@/server/resident-access";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
}

/** The resident's booking as an .ics file, for the holder of the secret (`?k=`) or of the grant cookie. */
export async function GET(request: Request, { params }: RouteContext<"/api/track/[code]/appointment.ics">) {
  const code = normalizeReferenceCode((await params).code);
  if (!code) return notFound();
  const secret = new URL(request.url).searchParams.get("k")?.slice(0, 100) ?? "";
  const db = await getDb();
  const access = await residentAccess(db, code, secret);
  if (access.status !== "ok") return notFound();
  const booking = await getBookingOfRequest(db, access);
  if (!booking || booking.status === "cancelled") return notFound();
  const locale = await localeFromCookie();
  const t = await translatorFor(locale);
  const body = calendarEvent({
    uid: `${booking.referenceCode}@${new URL(env.PUBLIC_BASE_URL).host}`,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    summary: `${booking.serviceName[locale]} · ${booking.referenceCode}`,
    location: bookingPlace(booking, (key, values) => t(`appointments.${key}`, values)),
  });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="appointment-${booking.referenceCode}.ics"`,
      "cache-control": "private, no-store",
    },
  });
}
