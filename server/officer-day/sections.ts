import { appointmentsSection } from "./appointments";
import { careVisitsSection } from "./care-visits";
import { deliveriesSection } from "./deliveries";
import { hazardsSection } from "./hazards";
import { queueSection } from "./queue";
import type { DaySection } from "./section";

/** The officer's day, section by section. A domain adds one: a module beside these and a line here. */
export const daySections: readonly DaySection[] = [queueSection, appointmentsSection, deliveriesSection, careVisitsSection, hazardsSection];
