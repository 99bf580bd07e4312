import { describe, expect, it } from "vitest";
import { dayRoute, type RouteItem } from "@/lib/day-route";

const item = (key: string, urgency: RouteItem["urgency"], sortKey: number, community: string, placeId: number | null, placeName: string | null = null): RouteItem => ({
  key,
  urgency,
  sortKey,
  stop: { communityName: community, placeId, placeName },
});

describe("the officer's day as a route", () => {
  it("puts the office first, then each compound by its most pressing item, overdue before today before later", () => {
    const route = dayRoute([
      item("care-a", "later", 3, "柳荫社区", 10, "柳荫小区"),
      item("request", "today", 5, "柳荫社区", null),
      item("hazard-b", "overdue", 9, "柳荫社区", 20, "桂花苑"),
      item("care-b", "today", 1, "柳荫社区", 20, "桂花苑"),
      item("help", "overdue", 0, "柳荫社区", null),
    ]);
    expect(route).toHaveLength(1);
    expect(route[0]!.stops.map((s) => [s.placeName, s.items.map((i) => i.key)])).toEqual([
      [null, ["help", "request"]],
      ["桂花苑", ["hazard-b", "care-b"]],
      ["柳荫小区", ["care-a"]],
    ]);
  });

  it("keeps each community's stops apart for the chief", () => {
    const route = dayRoute([item("a", "today", 1, "枫林社区", 1, "枫林新村"), item("b", "today", 1, "柳荫社区", 2, "柳荫小区")]);
    expect(route.map((c) => c.communityName).sort()).toEqual(["枫林社区", "柳荫社区"]);
  });
});
