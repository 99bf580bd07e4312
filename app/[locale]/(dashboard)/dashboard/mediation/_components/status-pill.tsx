import type { MediationStatus } from "@/db/schema";

const looks: Record<MediationStatus, string> = {
  in_mediation: "bg-police-100 text-police-900",
  agreed: "bg-green-100 text-green-900",
  not_agreed: "bg-slate-200 text-slate-800",
};

/** A case's status as a small label. */
export function StatusPill({ status, label }: { status: MediationStatus; label: string }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-sm font-medium ${looks[status]}`}>{label}</span>;
}
