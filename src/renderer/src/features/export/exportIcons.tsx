/** The export icon, drawn like the other line icons (no icon fonts or network resources). */
export const IconExport = () => (
  <svg width={16} height={16} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d="M8 10V2.5" />
    <path d="M5 5.5l3-3 3 3" />
    <path d="M3 9.5v3a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1v-3" />
  </svg>
);
