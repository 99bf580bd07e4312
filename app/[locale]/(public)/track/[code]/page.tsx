import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { CopyLinkButton } from "./_components/copy-link-button";
import { EmergencyBanner } from "@/components/emergency-banner";
import { FollowUpForm } from "./_components/follow-up-form";
import { RatingForm } from "./_components/rating-form";
import { ResidentButtonForm } from "./_components/resident-button-form";
import { RequestTimeline } from "@/components/request-timeline";
import { ResidentPhotos } from "./_components/resident-photos";
import { TrackLookupForm } from "../_components/track-lookup-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { grantedCode, residentAccess } from "@/server/resident-access";
import type { Locale } from "@/lib/i18n/locales";
import { redirectToNotFound } from "@/lib/not-found";
import { publicUrl } from "@/lib/qr";
import { telHref } from "@/lib/services";
import { photoErrors } from "@/lib/uploads/photos";
import { addFollowUp, lookUpRequest, rate, reopenRequest } from "../actions";
import { ApplicationPanel } from "./_components/application-panel";
import { AppointmentPanel } from "./_components/appointment-panel";
import { loadTrackedRequest } from "./load-tracked-request";

export async function generateMetadata({ params }: PageProps<"/[locale]/track/[code]">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "track" });
  return { title: t("requestTitle"), robots: { index: false, follow: false } };
}

export default async function TrackedRequestPage({ params, searchParams }: PageProps<"/[locale]/track/[code]">) {
  const { locale: raw, code } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  const secret = typeof query.k === "string" ? query.k : undefined;
  const t = await getTranslations({ locale, namespace: "track" });
  const tq = await getTranslations({ locale, namespace: "queue" });
  const tf = await getTranslations({ locale, namespace: "requestForms" });
  const format = await getFormatter({ locale });

  if (!secret && !(await grantedCode())) {
    // A code without proof: ask for the phone ending rather than show anything.
    return (
      <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-6">
        <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
        <section className="rounded-2xl bg-white p-4 shadow-sm">
          <ClientMessages locale={locale} namespaces={["track"]}>
            <TrackLookupForm action={lookUpRequest} defaultCode={code.slice(0, 20)} emergency={<EmergencyBanner locale={locale} />} />
          </ClientMessages>
        </section>
      </main>
    );
  }

  const db = await getDb();
  // The link's secret or the look-up's grant: never locked out, whatever others tried against this code.
  const access = await residentAccess(db, code, secret);
  if (access.status === "not_found") redirectToNotFound();
  const tracked = await loadTrackedRequest(db, access, locale, new Date());
  if (!tracked) redirectToNotFound();
  const { request, photos, photoSlots, station, appointment, application } = tracked;
  const tp = await getTranslations({ locale, namespace: "photos" });
  const photoError = photoErrors.find((e) => e === query.photoError);
  const privateLink = secret ? publicUrl(`/track/${request.referenceCode}?k=${secret}`) : null;

  return (
    <main className="mx-auto flex max-w-xl flex-col gap-5 px-4 py-6">
      {query.new === "1" ? (
        <section aria-labelledby="submitted" className="flex flex-col gap-2 rounded-2xl border border-green-300 bg-green-50 p-4">
          <h1 id="submitted" className="text-xl font-bold text-green-900">
            {t("submitted")}
          </h1>
          <p className="text-base">{t("yourCode")}</p>
          <p className="font-mono text-3xl font-bold tracking-widest" data-testid="reference-code">
            {request.referenceCode}
          </p>
          {/* Without a phone the look-up (code + last four digits) cannot find it: the link is the only way back. */}
          <p className={request.hasPhone ? "text-base" : "text-base font-semibold text-red-900"}>{t(request.hasPhone ? "keepLink" : "keepLinkOnly")}</p>
          {privateLink ? (
            <>
              <p className="break-all rounded-lg bg-white p-3 font-mono text-sm select-all">
                <a href={privateLink} className="text-police-700 underline" data-testid="private-link">
                  {privateLink}
                </a>
              </p>
              <ClientMessages locale={locale} namespaces={["track"]}>
                <CopyLinkButton link={privateLink} />
              </ClientMessages>
            </>
          ) : null}
        </section>
      ) : (
        <h1 className="text-2xl font-bold text-police-900">
          {t("requestTitle")} <span className="font-mono">{request.referenceCode}</span>
        </h1>
      )}
      {request.kind === "help" && request.status !== "resolved" ? (
        <section aria-label={t("dutyPhoneLabel")} className="flex flex-col gap-1 rounded-2xl border border-amber-300 bg-amber-50 p-4 text-base">
          {request.dutyDay ? <p>{t("helpOutsideHours")}</p> : null}
          {request.hasPhone ? null : <p className="font-semibold">{t("helpNoPhone")}</p>}
          {station ? (
            <p>
              {t.rich("dutyPhone", {
                phone: station.phone,
                call: (chunks) => (
                  <a href={telHref(station.phone)} className="font-semibold text-police-700 underline">
                    {chunks}
                  </a>
                ),
              })}
            </p>
          ) : null}
        </section>
      ) : null}
      {typeof query.done === "string" && ["added", "rated", "reopened"].includes(query.done) ? (
        <FormAlert tone="success" message={t(`done.${query.done as "added" | "rated" | "reopened"}`)} />
      ) : null}
      {query.done === "photos" ? <FormAlert tone="success" message={tp("done")} /> : null}
      {photoError ? <FormAlert message={tp(`errors.${photoError}`)} /> : null}
      <section className="flex flex-col gap-1 rounded-2xl bg-white p-4 shadow-sm">
        <p className="text-base">
          {tq(`kinds.${request.kind}`)}
          {request.anonymous ? ` · ${t("anonymous")}` : ""}
        </p>
        {/* An appointment's state is its booking's, shown with its time below, and it awaits no answer; an
            application's panel below shows its own, more precise step: one status line, not two. */}
        {request.kind === "appointment" || request.kind === "application" ? null : (
          <p className="text-base">
            {t.rich("statusLine", { status: t(`statuses.${request.status}`), strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        )}
        {request.kind !== "appointment" && request.status !== "resolved" && !request.firstResponseAt ? (
          <p className="text-base text-slate-700">
            {t("expectedBy", { time: format.dateTime(request.dueAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </p>
        ) : null}
        {Object.entries(request.details).length > 0 ? (
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-base">
            {Object.entries(request.details).map(([field, value]) => (
              <div key={field} className="contents">
                <dt className="text-slate-600">{tf(`fields.${field as "where"}`)}</dt>
                <dd>{field === "category" || field === "topic" ? tf(`options.${field}.${value as "other"}`) : value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <p className="text-base text-slate-700">
          {t("sentTo", { officer: request.officerName ?? "", community: request.communityName })}
        </p>
        <p className="mt-2 whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 text-base">{request.body}</p>
      </section>
      {appointment ? <AppointmentPanel locale={locale} appointment={appointment} secret={secret} query={query} /> : null}
      {application ? <ApplicationPanel locale={locale} application={application} code={request.referenceCode} secret={secret} query={query} /> : null}
      <ResidentPhotos locale={locale} code={request.referenceCode} secret={secret} photos={photos} slotsLeft={photoSlots} />
      <section aria-labelledby="timeline-title" className="flex flex-col gap-3">
        <h2 id="timeline-title" className="text-lg font-bold">
          {t("timeline")}
        </h2>
        <RequestTimeline locale={locale} events={request.events} audience="resident" />
      </section>
      <ClientMessages locale={locale} namespaces={["track"]}>
        {request.ratable ? (
          <section aria-label={t("ratingTitle")} className="rounded-2xl bg-white p-4 shadow-sm">
            <RatingForm action={rate} code={request.referenceCode} secret={secret} />
          </section>
        ) : null}
        {request.rating !== null ? <p className="text-base">{t("yourRating", { n: request.rating })}</p> : null}
        {request.status === "resolved" && request.reopenableUntil ? (
          <section className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
            <p className="text-base text-slate-700">
              {t("reopenHint", { time: format.dateTime(request.reopenableUntil, { dateStyle: "medium" }) })}
            </p>
            <ResidentButtonForm
              action={reopenRequest}
              code={request.referenceCode}
              secret={secret}
              label={t("reopen")}
              pendingLabel={t("sending")}
            />
          </section>
        ) : null}
        {/* An application takes information through its own panel (the officer's question, the documents). */}
        {request.kind === "application" && request.status !== "resolved" ? null : request.status !== "resolved" || request.reopenableUntil ? (
          <section className="rounded-2xl bg-white p-4 shadow-sm">
            <FollowUpForm action={addFollowUp} code={request.referenceCode} secret={secret} />
          </section>
        ) : (
          <p className="text-base text-slate-700">{t(request.kind === "appointment" ? "appointmentOver" : "closedForGood")}</p>
        )}
      </ClientMessages>
    </main>
  );
}
