// Types for esmOnlyPackages.mjs (plain JavaScript so the CLI's bin can build before tsx is loaded).
export declare function esmOnlyPackages(root: string, names: readonly string[]): string[];
