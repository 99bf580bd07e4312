import { describe, expect, it } from "vitest";
import {
  hashTrackingSecret,
  isWellFormedSecret,
  newReferenceCode,
  newTrackingSecret,
  normalizeReferenceCode,
} from "@/lib/codes";
import { GRANT_SECONDS, makeGrant, readGrant } from "@/lib/tracking-grant";

const READABLE = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_SHAPE = new RegExp(`^[${READABLE}]{4}-[${READABLE}]{4}$`);

describe("reference codes a resident reads over the phone", () => {
  const codes = Array.from({ length: 20_000 }, newReferenceCode);

  it("look like XXXX-XXXX from the readable alphabet", () => {
    expect(codes.filter((c) => !CODE_SHAPE.test(c))).toEqual([]);
    expect(codes.join("")).not.toMatch(/[01OILU]/);
  });

  it("use the whole alphabet", () => {
    const used = new Set(codes.join("").replace(/-/g, ""));
    expect([...used].sort().join("")).toBe(READABLE);
  });

  it("do not repeat in 20,000 requests", () => {
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each([
    ["7kq4-m9xd", "lower case"],
    [" 7KQ4 M9XD ", "spaces"],
    ["7KQ4M9XD", "no dash"],
    ["7k q4-m9 xd", "all of it"],
  ])("are found when typed as %s (%s)", (typed) => {
    expect(normalizeReferenceCode(typed)).toBe("7KQ4-M9XD");
  });

  it.each([
    ["7KQ-M9XD", "too short"],
    ["7KQ4-M9XDZ", "too long"],
    ["", "empty"],
    ["7KO4-M9XD", "letter O"],
    ["7K04-M9XD", "zero"],
    ["7K14-M9XD", "one"],
    ["7KI4-M9XD", "letter I"],
    ["7KL4-M9XD", "letter L"],
    ["7KQ4_M9XD", "underscore"],
    ["7KQ4-M9X%", "punctuation"],
  ])("refuse %s (%s)", (typed) => {
    expect(normalizeReferenceCode(typed)).toBeNull();
  });
});

describe("tracking secrets in the private link", () => {
  const secrets = Array.from({ length: 1000 }, newTrackingSecret);

  it("are 43 base64url characters carrying at least 128 random bits", () => {
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(isWellFormedSecret(secret)).toBe(true);
      expect(Buffer.from(secret, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    }
  });

  it("are all different", () => {
    expect(new Set(secrets).size).toBe(secrets.length);
  });

  it("are compared only by their hash, which is stable and different per secret", () => {
    const [a, b] = secrets;
    expect(hashTrackingSecret(a!)).toBe(hashTrackingSecret(a!));
    expect(hashTrackingSecret(a!)).not.toBe(hashTrackingSecret(b!));
    expect(hashTrackingSecret(a!)).not.toContain(a!);
    expect(new Set(secrets.map(hashTrackingSecret)).size).toBe(secrets.length);
  });

  it("refuse anything that is not a secret's shape", () => {
    expect(isWellFormedSecret("")).toBe(false);
    expect(isWellFormedSecret(`${secrets[0]}x`)).toBe(false);
    expect(isWellFormedSecret(`${secrets[0]!.slice(0, 42)}=`)).toBe(false);
  });
});

describe("the grant cookie after a phone look-up", () => {
  const code = "7KQ4-M9XD";
  const grant = makeGrant(code);

  it("names the request it was issued for", () => {
    expect(readGrant(grant)).toBe(code);
  });

  it("is refused when tampered with", () => {
    const [, expires, mac] = grant.split(".");
    expect(readGrant(`DEMQ-2345.${expires}.${mac}`)).toBeNull();
    expect(readGrant(`${code}.${Number(expires) + 86_400}.${mac}`)).toBeNull();
    const flipped = mac!.startsWith("A") ? `B${mac!.slice(1)}` : `A${mac!.slice(1)}`;
    expect(readGrant(`${code}.${expires}.${flipped}`)).toBeNull();
    expect(readGrant(`${code}.${expires}`)).toBeNull();
  });

  it("is refused when missing or not a grant at all", () => {
    expect(readGrant(undefined)).toBeNull();
    expect(readGrant("")).toBeNull();
    expect(readGrant("hello")).toBeNull();
    expect(readGrant("a.b.c.d")).toBeNull();
  });

  it("is refused once it has expired", () => {
    const issuedThreeHoursAgo = makeGrant(code, Date.now() - 3 * 3_600_000);
    expect(readGrant(issuedThreeHoursAgo)).toBeNull();
    expect(readGrant(grant, Date.now() + (GRANT_SECONDS + 60) * 1000)).toBeNull();
  });
});
