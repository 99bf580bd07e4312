export * from "./organisation";
export * from "./requests";
export * from "./security";
export * from "./service-levels";
export * from "./public-content";
export * from "./attachments";
export * from "./services";
export * from "./applications";
