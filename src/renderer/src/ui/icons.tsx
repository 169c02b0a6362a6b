/** Small line icons drawn inline (no icon fonts or network resources). */
import type { ReactNode } from 'react';

function Icon({ children, size = 16 }: { children: ReactNode; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const IconClose = () => (
  <Icon>
    <path d="M4 4l8 8M12 4l-8 8" />
  </Icon>
);

export const IconSearch = () => (
  <Icon size={14}>
    <circle cx="7" cy="7" r="4.5" />
    <path d="M10.5 10.5L14 14" />
  </Icon>
);

export const IconRefresh = () => (
  <Icon>
    <path d="M13 8a5 5 0 1 1-1.6-3.7" />
    <path d="M13 2.5v3h-3" />
  </Icon>
);

export const IconLeftPane = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1.5" />
    <path d="M6 3v10" />
  </Icon>
);

export const IconRightPane = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1.5" />
    <path d="M10 3v10" />
  </Icon>
);

export const IconSun = () => (
  <Icon>
    <circle cx="8" cy="8" r="3" />
    <path d="M8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1" />
  </Icon>
);

export const IconMoon = () => (
  <Icon>
    <path d="M13 9.5A5.5 5.5 0 0 1 6.5 3a5.5 5.5 0 1 0 6.5 6.5z" />
  </Icon>
);

export const IconSystem = () => (
  <Icon>
    <rect x="2" y="2.5" width="12" height="8.5" rx="1.5" />
    <path d="M6 14h4M8 11v3" />
  </Icon>
);

export const IconWarning = () => (
  <Icon>
    <path d="M8 2l6.5 11.5h-13z" />
    <path d="M8 6.5v3M8 11.5v.01" />
  </Icon>
);

export const IconArticles = () => (
  <Icon>
    <path d="M3.5 2.5h7l2 2v9h-9z" />
    <path d="M5.5 6.5h5M5.5 9h5M5.5 11.5h3" />
  </Icon>
);

export const IconNotes = () => (
  <Icon>
    <path d="M3 13l1-3.5 6.5-6.5 2.5 2.5L6.5 12z" />
    <path d="M9 4.5l2.5 2.5" />
  </Icon>
);

export const IconActors = () => (
  <Icon>
    <circle cx="6" cy="5.5" r="2.2" />
    <path d="M2 13c.4-2.4 2-3.6 4-3.6s3.6 1.2 4 3.6" />
    <circle cx="11.3" cy="6" r="1.7" />
    <path d="M11 9.6c1.6 0 2.7.9 3 3" />
  </Icon>
);

export const IconTags = () => (
  <Icon>
    <path d="M2.5 8.3V3a.5.5 0 01.5-.5h5.3l5.2 5.2-5.8 5.8z" />
    <circle cx="5.5" cy="5.5" r="1" />
  </Icon>
);

export const IconPlus = () => (
  <Icon>
    <path d="M8 3v10M3 8h10" />
  </Icon>
);
