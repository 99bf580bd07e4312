import { getFormatter, getTranslations } from "next-intl/server";
import type { RequestEventType, RequestStatus } from "@/db/schema";
import { eveningLabel } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export interface TimelineEvent {
  id: number;
  type: RequestEventType;
  body: string | null;
  toStatus: RequestStatus | null;
  // application_step: { applicationStatus }; delivery: { delivery, day, start, end } or { delivery, recipient };
  // appointment: { appointment: booked | rescheduled, day, start, end } or { appointment: cancelled | attended | no_show }
  // a resident's reopening (status_change): { reopened, previousRating? }
  // mediation: { mediation: accepted, caseNumber } or { mediation: agreed | not_agreed }
  // referral: { referral: sent | answered, organisation }
  data: Record<string, string> | null;
  createdAt: Date;
  actorName: string | null;
  assigneeName?: string | null;
}

/**
 * A request's history, oldest first. The resident's view passes only public events; staff see internal
 * notes too, marked as such.
 */
export async function RequestTimeline({ locale, events, audience }: { locale: Locale; events: TimelineEvent[]; audience: "resident" | "staff" }) {
  const t = await getTranslations({ locale, namespace: "timeline" });
  const format = await getFormatter({ locale });
  return (
    <ol className="flex flex-col gap-3" aria-label={t("label")}>
      {events.map((event) => {
        const look =
          event.type === "internal_note"
            ? "border-amber-300 bg-amber-50"
            : event.type === "public_reply"
              ? "border-police-100 bg-police-50"
              : "border-slate-200 bg-white";
        return (
          <li key={event.id} className={`rounded-xl border p-3 ${look}`}>
            <p className="text-sm text-slate-700">
              <time dateTime={event.createdAt.toISOString()}>
                {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
              {" · "}
              <span className="font-semibold text-slate-900">{heading(event, audience, t, locale)}</span>
            </p>
            {event.body ? <p className="mt-1 whitespace-pre-wrap break-words text-base">{event.body}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"timeline">>>;

function heading(event: TimelineEvent, audience: "resident" | "staff", t: T, locale: Locale): string {
  const data = event.data ?? {};
  switch (event.type) {
    case "status_change":
      if (data.reopened === "resident") {
        if (audience === "resident") return t("youReopened");
        return data.previousRating ? t("reopenedRated", { rating: data.previousRating }) : t("reopened");
      }
      return t("status", { status: event.toStatus ?? "submitted" });
    case "public_reply":
      return t("reply", { name: event.actorName ?? "" });
    case "internal_note":
      return t("note", { name: event.actorName ?? "" });
    case "resident_followup":
      return audience === "resident" ? t("youAdded") : t("residentAdded");
    case "handover":
      return t("handover", { name: event.assigneeName ?? "" });
    case "rating":
      return audience === "resident" ? t("youRated") : t("residentRated");
    case "application_step":
      return t("applicationStep", { status: data.applicationStatus ?? "" });
    case "delivery":
      if (data.delivery === "delivered") return t("delivered", { recipient: data.recipient ?? "" });
      if (data.delivery === "missed") return t("deliveryMissed");
      return t("deliveryScheduled", { day: eveningLabel(data.day ?? "", locale), start: data.start ?? "", end: data.end ?? "" });
    case "appointment": {
      const time = { day: eveningLabel(data.day ?? "", locale), start: data.start ?? "", end: data.end ?? "" };
      if (data.appointment === "booked") return t("appointmentBooked", time);
      if (data.appointment === "rescheduled") return audience === "resident" ? t("youRescheduled", time) : t("residentRescheduled", time);
      if (data.appointment === "cancelled") return audience === "resident" ? t("youCancelled") : t("residentCancelled");
      return data.appointment === "attended" ? t("appointmentAttended") : t("appointmentMissed");
    }
    case "mediation":
      return data.mediation === "accepted" ? t("mediationAccepted", { caseNumber: data.caseNumber ?? "" }) : t("mediationEnded", { outcome: data.mediation ?? "" });
    case "referral":
      return data.referral === "answered" ? t("referralAnswered", { organisation: data.organisation ?? "" }) : t("referred", { organisation: data.organisation ?? "" });
  }
}

