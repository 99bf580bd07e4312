export * from "./organisation";
export * from "./requests";
export * from "./security";
