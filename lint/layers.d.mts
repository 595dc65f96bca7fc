export type Tier = { name: string; why: string; modules: string[]; uses?: Record<string, string[]> };
export declare const tiers: Tier[];
export declare function allowedImports(): Map<string, Set<string>>;
export declare function tierOf(module: string): string | undefined;
