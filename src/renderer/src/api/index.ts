/** The renderer's only door to the app's operations (Electron bridge or HTTP). */
export { accessRefusal, api, live, onAccessRefusal, transportKind, type TransportKind } from './transport';
export type { LiveConnection, LiveStatus } from './live';
export type { QuotebookApi } from '../../../shared/api/bridge';
export type { ApiError, Result } from '../../../shared/api/result';
