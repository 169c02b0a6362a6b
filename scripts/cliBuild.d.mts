// Types for cliBuild.mjs (plain JavaScript so the CLI's bin can build before tsx is loaded).
export declare const CLI_BUILD_DIR: string;
export declare const CLI_BUILD_FILE: string;
export declare function isCliBuildFresh(appRoot: string): boolean;
export declare function buildCli(appRoot: string): Promise<void>;
export declare function ensureCliBuild(appRoot: string): Promise<{ file: string } | { error: string }>;
