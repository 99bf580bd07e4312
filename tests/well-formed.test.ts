import { describe, expect, it } from "vitest";
import { queueFilters } from "@/lib/validation/search-params";
import { decodablePath, escapeUndecodable, wellFormedActionCall, wellFormedFormAction } from "@/lib/well-formed";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

// What React writes for a useActionState form sent without JavaScript.
const noJavaScriptForm = {
  $ACTION_REF_1: "",
  "$ACTION_1:0": JSON.stringify({ id: "7f192f65e7ee76183af9d94736790d49f57f1a2758", bound: "$@1" }),
  "$ACTION_1:1": JSON.stringify([{ status: "idle" }]),
  $ACTION_KEY: "k3a0710ca21b5c528be79fb0a27438353",
  code: "ABCD-EFGH",
  phoneLast4: "1234",
};

describe("a path", () => {
  it("is refused only when it is not valid percent-encoding", () => {
    expect(decodablePath("/officers/he-wenchuan")).toBe(true);
    expect(decodablePath("/officers/%E4%BD%A0%E5%A5%BD")).toBe(true);
    for (const bad of ["/officers/%ff", "/track/%E4", "/api/officers/%ff/qr", "/dashboard/requests/%", "/%C0%AF"]) {
      expect(decodablePath(bad), bad).toBe(false);
      expect(decodablePath(escapeUndecodable(bad)), bad).toBe(true);
    }
    expect(escapeUndecodable("/officers/%E4%BD%A0/%ff%41")).toBe("/officers/%E4%BD%A0/%25ff%2541");
  });
});

describe("a form posted to a server action without JavaScript", () => {
  it("passes as React writes it, with a plain action id, or with no action at all", () => {
    expect(wellFormedFormAction(form(noJavaScriptForm))).toBe(true);
    expect(wellFormedFormAction(form({ "$ACTION_ID_7f192f65e7": "", body: "x" }))).toBe(true);
    expect(wellFormedFormAction(form({ body: "just a form" }))).toBe(true);
  });

  it("is refused when its argument or its action field is not what React writes", () => {
    const broken = [
      { "$ACTION_1:1": "garbage" },
      { "$ACTION_1:1": "" },
      { "$ACTION_1:0": "{not json" },
      { "$ACTION_1:0": JSON.stringify({ bound: "$@1" }) },
      { "$ACTION_1:0": JSON.stringify({ id: "7f19", bound: "$@2" }) },
      { "$ACTION_1:1": JSON.stringify(["$Q5"]) },
      { "$ACTION_1:0": "[1,2]" },
    ];
    for (const change of broken) {
      expect(wellFormedFormAction(form({ ...noJavaScriptForm, ...change })), JSON.stringify(change)).toBe(false);
    }
    const withoutMetadata: Record<string, string> = { ...noJavaScriptForm };
    delete withoutMetadata["$ACTION_1:0"];
    expect(wellFormedFormAction(form(withoutMetadata))).toBe(false);
  });
});

describe("a server action called with JavaScript", () => {
  it("passes as React writes it", () => {
    expect(wellFormedActionCall(form({ "0": JSON.stringify([{ status: "idle" }, "$K1"]), "1_code": "ABCD-EFGH", "1_phoneLast4": "1234" }))).toBe(true);
    expect(wellFormedActionCall({ text: JSON.stringify([{ status: "idle" }, "$undefined", "$$1"]) })).toBe(true);
  });

  it("is refused when its arguments are not JSON or refer to parts never sent", () => {
    expect(wellFormedActionCall({ text: "garbage" })).toBe(false);
    expect(wellFormedActionCall({ text: JSON.stringify(["$Q1"]) })).toBe(false);
    expect(wellFormedActionCall(form({ "0": "$K1" }))).toBe(false);
    expect(wellFormedActionCall(form({ "0": JSON.stringify(["$@1"]) }))).toBe(false);
    expect(wellFormedActionCall(form({ "1_code": "x" }))).toBe(false);
  });
});

describe("the queue's query string", () => {
  const views = ["open", "resolved", "all"] as const;
  it("keeps what fits and reads everything else as absent", () => {
    expect(queueFilters({ view: "resolved", community: "3", page: "2" }, views, "open")).toEqual({ view: "resolved", communityId: 3, page: 2 });
    for (const community of ["1.5", "99999999999", "-1", "0", "1e3", " 2", "", "二"]) {
      expect(queueFilters({ community }, views, "open").communityId, community).toBeUndefined();
    }
    expect(queueFilters({ community: ["1", "2"], view: ["all", "open"], page: "99999999999" }, views, "open")).toEqual({ view: "open", communityId: undefined, page: 1 });
    expect(queueFilters({ view: "'; drop table requests; --", page: "1.5" }, views, "open")).toEqual({ view: "open", communityId: undefined, page: 1 });
  });
});
