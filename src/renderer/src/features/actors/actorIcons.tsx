/** Line icons for the actor screens, drawn like those in ui/icons.tsx (16×16, currentColor). */

/** Two columns joined by curves: the who-said-what-about-whom view. */
export const IconFlow = () => (
  <svg width={16} height={16} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d="M2.5 3v4M2.5 9.5v3.5M13.5 3v2.5M13.5 8v5" />
    <path d="M2.5 5C8 5 8 4.2 13.5 4.2M2.5 11C8 11 8 6.8 13.5 6.8M2.5 11.5c5.5 0 5.5-.8 11-.8" />
  </svg>
);
