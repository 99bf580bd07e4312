import { parse } from "csv-parse/sync";
import { expect, test } from "vitest";
import { toCsv } from "@/lib/csv";
import { parseBeijingTime } from "@/lib/incidents/import-format";
import { addressKey, matchPlace, placeIndex } from "@/lib/stats/address";
import { parsePeriod, shiftYears, trendMonths } from "@/lib/stats/period";

test("a period from the query string: month, quarter, year, a custom range; anything else is last month", () => {
  const today = "2025-04-10";
  expect(parsePeriod({ period: "month", month: "2025-02" }, today)).toMatchObject({ kind: "month", from: "2025-02-01", until: "2025-03-01", last: "2025-02-28" });
  expect(parsePeriod({ period: "quarter", quarter: "2024-Q4" }, today)).toMatchObject({ from: "2024-10-01", until: "2025-01-01" });
  expect(parsePeriod({ period: "year", year: "2024" }, today)).toMatchObject({ from: "2024-01-01", until: "2025-01-01" });
  expect(parsePeriod({ period: "custom", from: "2025-01-15", to: "2025-02-14" }, today)).toMatchObject({ from: "2025-01-15", until: "2025-02-15" });
  for (const junk of [{}, { period: "month", month: "2025-13" }, { period: "custom", from: "2025-02-30", to: "2025-03-01" }, { period: "custom", from: "2020-01-01", to: "2025-01-01" }]) {
    expect(parsePeriod(junk, today)).toMatchObject({ kind: "month", from: "2025-03-01", until: "2025-04-01" });
  }
  expect(parsePeriod({}, "2025-01-05")).toMatchObject({ from: "2024-12-01", until: "2025-01-01" });
  expect(shiftYears({ from: "2024-02-29", until: "2024-03-01" }, -1)).toEqual({ from: "2023-03-01", until: "2023-03-01" });
  expect(trendMonths({ from: "2025-03-01", until: "2025-04-01" }, 3)).toEqual(["2025-01", "2025-02", "2025-03"]);
});

test("addresses written differently have one key, and name the place they start with", () => {
  const keys = ["滨江市滨河区柳荫小区３栋2单元", "柳荫小区 3号楼2单元", "柳荫小区3幢2单元"].map(addressKey);
  expect(new Set(keys)).toEqual(new Set(["柳荫小区3幢2单元"]));
  expect(addressKey("  ")).toBeNull();
  const index = placeIndex([
    { id: 1, communityId: 7, keys: ["柳荫小区"] },
    { id: 2, communityId: 7, keys: ["柳荫小区3幢"] },
    { id: 3, communityId: 8, keys: ["柳荫小区3幢2单元"] },
  ]);
  expect(matchPlace("柳荫小区3幢2单元", 7, index)).toBe(2);
  expect(matchPlace("柳荫小区", 7, index)).toBe(1);
  expect(matchPlace("枫林路1号", 7, index)).toBeNull();
});

test("a report time is read as Beijing time and a day that does not exist is refused", () => {
  expect(parseBeijingTime("2025-03-01 14:05")?.toISOString()).toBe("2025-03-01T06:05:00.000Z");
  expect(parseBeijingTime("2025/3/1 14:05:30")?.toISOString()).toBe("2025-03-01T06:05:30.000Z");
  expect(parseBeijingTime("2025-02-30 10:00")).toBeNull();
  expect(parseBeijingTime("yesterday")).toBeNull();
});

test("a CSV for Excel: BOM, quoted by node-csv, a formula-like cell neutralized, numbers left as numbers", () => {
  const csv = toCsv(["社区", "备注", "数量"], [["柳荫社区", "=HYPERLINK(\"http://x\")", -3], ["枫林, 东", "+1", 0]]);
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const rows = parse(csv, { bom: true }) as string[][];
  expect(rows).toEqual([
    ["社区", "备注", "数量"],
    ["柳荫社区", "'=HYPERLINK(\"http://x\")", "-3"],
    ["枫林, 东", "'+1", "0"],
  ]);
});
