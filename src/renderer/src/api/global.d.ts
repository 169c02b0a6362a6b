import type { QuotebookApi } from '../../../shared/api/bridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser edition. */
    readonly quotebook?: QuotebookApi;
    /** Exposed by the Electron preload: asks main for this window's live channel (a MessagePort posted into the page with request `id`). */
    readonly quotebookLive?: { connect(id: string): void };
  }
}

export {};
