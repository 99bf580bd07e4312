/*
 * The officer's day as a route (pure): every section's items put together by community, then by stop —
 * first what is done at the office or online, then each compound, the one with the most pressing item first —
 * and within a stop overdue before due today before later.
 */

export interface RouteItem {
  key: string;
  urgency: "overdue" | "today" | "later";
  sortKey: number;
  stop: { communityName: string; placeId: number | null; placeName: string | null };
}

export interface Stop<T extends RouteItem> {
  key: string;
  placeId: number | null;
  placeName: string | null;
  items: T[];
}

const rank = { overdue: 0, today: 1, later: 2 } as const;
const byUrgency = (a: RouteItem, b: RouteItem) => rank[a.urgency] - rank[b.urgency] || a.sortKey - b.sortKey;

export function dayRoute<T extends RouteItem>(items: T[]): { communityName: string; stops: Stop<T>[] }[] {
  const communities = new Map<string, Map<string, Stop<T>>>();
  for (const item of items) {
    const stops = communities.get(item.stop.communityName) ?? new Map<string, Stop<T>>();
    communities.set(item.stop.communityName, stops);
    const key = item.stop.placeId === null ? "office" : `place-${item.stop.placeId}`;
    const stop = stops.get(key) ?? { key, placeId: item.stop.placeId, placeName: item.stop.placeName, items: [] };
    stop.items.push(item);
    stops.set(key, stop);
  }
  return [...communities]
    .sort(([a], [b]) => a.localeCompare(b, "zh-CN"))
    .map(([communityName, stops]) => ({
      communityName,
      stops: [...stops.values()]
        .map((stop) => ({ ...stop, items: [...stop.items].sort(byUrgency) }))
        .sort((a, b) => {
          if (a.placeId === null || b.placeId === null) return a.placeId === null ? (b.placeId === null ? 0 : -1) : 1;
          return byUrgency(a.items[0]!, b.items[0]!) || (a.placeName ?? "").localeCompare(b.placeName ?? "", "zh-CN");
        }),
    }));
}
