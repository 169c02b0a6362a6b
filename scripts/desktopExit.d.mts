// Types for desktopExit.mjs (plain JavaScript so `npm start` runs before anything is built).
export declare const SUID_SANDBOX_MESSAGE: string;
export declare const NO_SANDBOX_WARNING: string;
export type DesktopExitKind = 'ok' | 'stopped' | 'sandbox' | 'crashed' | 'failed';
export declare function classifyDesktopExit(exit: { code: number | null; signal: string | null; stderr: string }): DesktopExitKind;
export declare function desktopFailureMessage(kind: 'sandbox' | 'crashed', detail: { code: number | null; signal: string | null; sandboxHelper: string }): string;
