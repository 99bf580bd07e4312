import { describe, expect, it } from "vitest";
import { bookingWindowEnds, NO_SHOW_DAYS, noShowBlockUntil, slotHorizonFor, slotTimes } from "@/lib/appointment-slots";
import { shanghaiClock, shanghaiDay, shanghaiInstant } from "@/lib/calendar-day";
import { MAX_WINDOW_DAYS } from "@/lib/validation/slot-templates";

// 2030-01-14 is a Monday; 2030-01-18 a Friday.
const clocks = (slots: { startsAt: Date; endsAt: Date }[]) => slots.map((s) => `${shanghaiClock(s.startsAt)}–${shanghaiClock(s.endsAt)}`);
const weekdays = { weekdays: [1, 2, 3, 4, 5] };

describe("a slot rule's times", () => {
  it("are made in steps from the opening time, in Beijing time, and none runs past the closing time", () => {
    const morning = slotTimes({ ...weekdays, startTime: "09:00", endTime: "11:10", slotMinutes: 30 }, "2030-01-14");
    expect(clocks(morning)).toEqual(["09:00–09:30", "09:30–10:00", "10:00–10:30", "10:30–11:00"]);
    expect(morning[0]!.startsAt).toEqual(new Date("2030-01-14T01:00:00Z"));
    expect(morning.every((s) => shanghaiDay(s.startsAt) === "2030-01-14")).toBe(true);
  });

  it("read stored times with seconds as well", () => {
    expect(clocks(slotTimes({ ...weekdays, startTime: "14:00:00", endTime: "15:00:00", slotMinutes: 20 }, "2030-01-15"))).toEqual([
      "14:00–14:20",
      "14:20–14:40",
      "14:40–15:00",
    ]);
  });

  it("are none on a weekday the rule does not run, or when one slot is longer than the hours", () => {
    expect(slotTimes({ ...weekdays, startTime: "09:00", endTime: "12:00", slotMinutes: 30 }, "2030-01-19")).toEqual([]);
    expect(slotTimes({ weekdays: [6], startTime: "09:00", endTime: "12:00", slotMinutes: 30 }, "2030-01-19")).toHaveLength(6);
    expect(slotTimes({ ...weekdays, startTime: "09:00", endTime: "09:20", slotMinutes: 30 }, "2030-01-14")).toEqual([]);
  });
});

describe("a booking window", () => {
  it("counts working days: from a Friday, one working day ends with Monday, five with the next Friday", () => {
    const ends = bookingWindowEnds("2030-01-18");
    expect(ends[0]).toEqual(shanghaiInstant("2030-01-19", "00:00"));
    expect(ends[1]).toEqual(shanghaiInstant("2030-01-22", "00:00"));
    expect(ends[5]).toEqual(shanghaiInstant("2030-01-26", "00:00"));
  });

  it("has an end for every length the editor allows, each later than the one before", () => {
    const ends = bookingWindowEnds("2030-01-14");
    for (let days = 1; days <= MAX_WINDOW_DAYS; days++) expect(ends[days]!.getTime()).toBeGreaterThan(ends[days - 1]!.getTime());
    expect(ends[MAX_WINDOW_DAYS + 1]).toBeUndefined();
  });

  it("is covered by the calendar days slots are made for, weekends and today included", () => {
    for (const windowDays of [0, 1, 5, 7, 20, MAX_WINDOW_DAYS]) {
      for (const today of ["2030-01-14", "2030-01-18", "2030-01-19"]) {
        const lastDay = new Date(shanghaiInstant(today, "00:00").getTime() + (slotHorizonFor(windowDays) - 1) * 86_400_000);
        expect(bookingWindowEnds(today)[windowDays]!.getTime()).toBeLessThanOrEqual(lastDay.getTime() + 86_400_000);
      }
    }
  });
});

describe("no-shows", () => {
  const now = shanghaiInstant("2030-02-01", "10:00");

  it("block online booking for NO_SHOW_DAYS after the second, when both fell within that many days", () => {
    expect(noShowBlockUntil(["2030-01-20", "2030-01-05"], now)).toBe("2030-02-19");
    expect(NO_SHOW_DAYS).toBe(30);
  });

  it("do not block after one, nor when the two were far apart, nor once the block is over", () => {
    expect(noShowBlockUntil(["2030-01-20"], now)).toBeNull();
    expect(noShowBlockUntil(["2030-01-20", "2029-11-01"], now)).toBeNull();
    expect(noShowBlockUntil(["2029-12-20", "2029-12-10"], now)).toBeNull();
  });
});
