import type { QuotebookApi } from '../../../shared/api/bridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser edition. */
    readonly quotebook?: QuotebookApi;
  }
}

export {};
