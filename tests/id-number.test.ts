import { describe, expect, it } from "vitest";
import { idNumberCheckChar, maskIdNumber, validateIdNumber } from "@/lib/validation/id-number";

const today = new Date(2026, 10, 29);

describe("resident ID numbers (GB 11643-1999)", () => {
  it("accept a known-good number and return it normalized with its birth date", () => {
    expect(validateIdNumber("11010519491231002X", today)).toEqual({ ok: true, value: "11010519491231002X", birthDate: "1949-12-31" });
    expect(validateIdNumber(" 110105 19491231 002X ", today)).toMatchObject({ ok: true, value: "11010519491231002X" });
  });

  it("accept a lower-case x and normalize it to X", () => {
    expect(validateIdNumber("11010519491231002x", today)).toMatchObject({ ok: true, value: "11010519491231002X" });
  });

  it("refuse any changed check character", () => {
    for (const last of "0123456789") {
      expect(validateIdNumber(`11010519491231002${last}`, today)).toEqual({ ok: false, error: "validation.idNumberChecksum" });
    }
    // A changed digit elsewhere also breaks the checksum.
    expect(validateIdNumber("11010519491231003X", today)).toEqual({ ok: false, error: "validation.idNumberChecksum" });
  });

  it("refuse birth dates that do not exist, are in the future or before 1900", () => {
    const withCheck = (first17: string) => first17 + idNumberCheckChar(first17);
    expect(validateIdNumber(withCheck("11010519490231002"), today)).toEqual({ ok: false, error: "validation.idNumberBirthDate" });
    expect(validateIdNumber(withCheck("11010519491301002"), today)).toEqual({ ok: false, error: "validation.idNumberBirthDate" });
    expect(validateIdNumber(withCheck("11010520270101002"), today)).toEqual({ ok: false, error: "validation.idNumberBirthDate" });
    expect(validateIdNumber(withCheck("11010518991231002"), today)).toEqual({ ok: false, error: "validation.idNumberBirthDate" });
    expect(validateIdNumber(withCheck("11010520000229002"), today)).toMatchObject({ ok: true, birthDate: "2000-02-29" });
    expect(validateIdNumber(withCheck("11010519000229002"), today)).toEqual({ ok: false, error: "validation.idNumberBirthDate" });
  });

  it("refuse implausible region codes", () => {
    const withCheck = (first17: string) => first17 + idNumberCheckChar(first17);
    expect(validateIdNumber(withCheck("99010519491231002"), today)).toEqual({ ok: false, error: "validation.idNumberRegion" });
    expect(validateIdNumber(withCheck("11000019491231002"), today)).toEqual({ ok: false, error: "validation.idNumberRegion" });
    expect(validateIdNumber(withCheck("81000019491231002"), today)).toMatchObject({ ok: true });
  });

  it("refuse the old 15-digit numbers with their own message, and anything else malformed", () => {
    expect(validateIdNumber("110105491231002", today)).toEqual({ ok: false, error: "validation.idNumberOldFormat" });
    expect(validateIdNumber("", today)).toEqual({ ok: false, error: "validation.idNumberRequired" });
    for (const bad of ["1101051949123100", "1101051949123100XX", "X1010519491231002", "11010519491231002Y", "１１０１０５１９４９１２３１００２Ｘ"]) {
      expect(validateIdNumber(bad, today)).toEqual({ ok: false, error: "validation.idNumberFormat" });
    }
  });

  it("mask all but the first six and the last four characters", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
    expect(maskIdNumber("11010519491231002x")).toBe("110105********002X");
  });
});
