/** What a field photo upload is for: a visit, or a hazard's finding or its proof of rectification. */
export type FieldPhotoTarget = { kind: "visit"; id: number } | { kind: "hazard"; id: number; purpose: "finding" | "proof" };

/** Where the upload form sends the user back to (the record's page), by what it was for. */
export function fieldRecordPath(target: FieldPhotoTarget): string {
  return target.kind === "visit" ? `/dashboard/field/visits/${target.id}` : `/dashboard/field/hazards/${target.id}`;
}

/** Parses the upload's target field ("visit:12", "hazard:7:proof"); null for anything else. */
export function parseFieldPhotoTarget(value: unknown): FieldPhotoTarget | null {
  if (typeof value !== "string") return null;
  const visit = /^visit:(\d{1,9})$/.exec(value);
  if (visit) return { kind: "visit", id: Number(visit[1]) };
  const hazard = /^hazard:(\d{1,9}):(finding|proof)$/.exec(value);
  if (hazard) return { kind: "hazard", id: Number(hazard[1]), purpose: hazard[2] as "finding" | "proof" };
  return null;
}

