import { boardsPanel } from "./boards";
import { incidentMixPanel } from "./incident-mix";
import { incidentsPanel } from "./incidents";
import { repeatAddressesPanel } from "./repeat-addresses";
import { requestsPanel } from "./requests";
import { responsePanel } from "./response";
import { satisfactionPanel } from "./satisfaction";
import { trendPanel } from "./trend";
import type { StatsPanel } from "./types";
import { workloadPanel } from "./workload";

/**
 * The stats page, the printed report and the CSV exports, in this order. Mediation and field work add their
 * panels here when their tables land (one module each: query, view, tables).
 */
export const PANELS: StatsPanel[] = [
  incidentsPanel,
  trendPanel,
  incidentMixPanel,
  repeatAddressesPanel,
  requestsPanel,
  responsePanel,
  satisfactionPanel,
  workloadPanel,
  boardsPanel,
];

export function findPanel(id: string): StatsPanel | undefined {
  return PANELS.find((p) => p.id === id);
}
