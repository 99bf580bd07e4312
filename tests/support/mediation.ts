import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { takeInCase } from "@/db/queries/mediation";
import { committeeMembers, communities } from "@/db/schema";
import type { StaffUser } from "@/lib/authz";
import { intakeSchema } from "@/lib/validation/mediation-forms";

/** A seeded committee member's id, by name. */
export async function memberId(db: Db, name: string): Promise<number> {
  const [row] = await db.select({ id: committeeMembers.id }).from(committeeMembers).where(eq(committeeMembers.name, name));
  if (!row) throw new Error(`no committee member ${name}`);
  return row.id;
}

/** What the intake form posts for a neighbours' dispute between two residents, with these fields changed. */
export async function intakeForm(db: Db, change: Record<string, string> = {}): Promise<Record<string, string>> {
  const [community] = await db.select({ id: communities.id }).from(communities).where(eq(communities.slug, "fenglin"));
  return {
    request: "",
    source: "walk_in",
    disputeType: "neighbour",
    community: String(community!.id),
    place: "",
    placeText: "枫林苑3幢502室与602室",
    summary: "楼上住户夜间拖动家具，楼下住户多次交涉未果。",
    lead: String(await memberId(db, "柯文静")),
    second: "",
    third: "",
    p1Side: "applicant",
    p1Kind: "person",
    p1Name: "王秀兰",
    p1Sex: "female",
    p1Age: "63",
    p1Representative: "",
    p1Address: "枫林苑3幢502室",
    p1Phone: "13912345678",
    p2Side: "respondent",
    p2Kind: "person",
    p2Name: "赵立新",
    p2Sex: "male",
    p2Age: "35",
    p2Representative: "",
    p2Address: "枫林苑3幢602室",
    p2Phone: "13887654321",
    p3Side: "respondent",
    p3Kind: "person",
    p3Name: "",
    p3Sex: "",
    p3Age: "",
    p3Representative: "",
    p3Address: "",
    p3Phone: "",
    ...change,
  };
}

/** Takes a case in as the intake action does (one transaction); returns its id. */
export async function takeIn(db: Db, user: StaffUser, change: Record<string, string> = {}, now?: Date): Promise<number> {
  const input = intakeSchema.parse(await intakeForm(db, change));
  const result = await db.transaction((tx) => takeInCase(tx, user, input, now));
  if (result.status !== "ok") throw new Error(`intake refused: ${result.status}`);
  return result.caseId;
}

