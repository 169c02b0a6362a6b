/** Line icons for importing and article actions, drawn like the app's other icons. */
import type { ReactNode } from 'react';

function Icon({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const IconImport = () => (
  <Icon>
    <path d="M8 2v8M4.8 6.8L8 10l3.2-3.2" />
    <path d="M2.5 10.5v2a1 1 0 0 0 1 1h9a1 1 0 0 0 1-1v-2" />
  </Icon>
);

export const IconPaste = () => (
  <Icon>
    <rect x="3" y="3" width="10" height="11" rx="1.5" />
    <path d="M6 3V2h4v1M5.5 7h5M5.5 9.5h5M5.5 12h3" />
  </Icon>
);

export const IconMore = () => (
  <Icon>
    <path d="M3.5 8h.01M8 8h.01M12.5 8h.01" strokeWidth="2.2" />
  </Icon>
);

export const IconCheck = () => (
  <Icon size={14}>
    <path d="M3 8.5l3 3 7-7" />
  </Icon>
);

export const IconAlert = () => (
  <Icon size={14}>
    <circle cx="8" cy="8" r="6" />
    <path d="M8 4.8v3.7M8 11v.01" />
  </Icon>
);

export const IconCopy = () => (
  <Icon size={14}>
    <rect x="5" y="5" width="8" height="8" rx="1.5" />
    <path d="M3 10.5V4a1 1 0 0 1 1-1h6.5" />
  </Icon>
);
