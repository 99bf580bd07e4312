// Who may see and do what: every access rule of the portal, one file per domain. db/queries turns the scopes
// into WHERE clauses; pages, actions and route handlers ask these functions, never a role directly.
export * from "./staff";
export * from "./requests";
export * from "./services";
export * from "./boards";
export * from "./stats";
export * from "./mediation";
export * from "./field-work";
