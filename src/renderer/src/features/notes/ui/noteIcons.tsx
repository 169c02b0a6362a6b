/** Line icons for the note toolbar, drawn inline like ui/icons.tsx (no icon fonts, no network). */
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const IconBold = () => (
  <Icon>
    <path d="M4.5 3h4.2a2.4 2.4 0 0 1 0 4.8H4.5zM4.5 7.8h5a2.6 2.6 0 0 1 0 5.2h-5z" strokeWidth="1.8" />
  </Icon>
);
export const IconItalic = () => (
  <Icon>
    <path d="M7 3h5M4 13h5M10 3L6.5 13" />
  </Icon>
);
export const IconUnderline = () => (
  <Icon>
    <path d="M4.5 2.5v5a3.5 3.5 0 0 0 7 0v-5M3.5 14h9" />
  </Icon>
);
export const IconCode = () => (
  <Icon>
    <path d="M5.5 4.5L2 8l3.5 3.5M10.5 4.5L14 8l-3.5 3.5" />
  </Icon>
);
export const IconBulletList = () => (
  <Icon>
    <path d="M6 4h8M6 8h8M6 12h8" />
    <circle cx="2.8" cy="4" r="0.6" fill="currentColor" />
    <circle cx="2.8" cy="8" r="0.6" fill="currentColor" />
    <circle cx="2.8" cy="12" r="0.6" fill="currentColor" />
  </Icon>
);
export const IconNumberList = () => (
  <Icon>
    <path d="M6.5 4h7.5M6.5 8h7.5M6.5 12h7.5M2.3 2.8l1-.6v3.6M2 10.5a1 1 0 0 1 1.8.4c0 .9-1.8 1.4-1.8 2.3h2" strokeWidth="1.1" />
  </Icon>
);
export const IconBlockQuote = () => (
  <Icon>
    <path d="M3 3.5v9M6 5h7M6 8h7M6 11h5" />
  </Icon>
);
export const IconLink = () => (
  <Icon>
    <path d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.3-2.3a2.6 2.6 0 0 0-3.7-3.7l-.9.9M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.2 9.1a2.6 2.6 0 0 0 3.7 3.7l.9-.9" />
  </Icon>
);
export const IconCite = () => (
  <Icon>
    <path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" />
    <path d="M5.5 6.3h.01M8 6.3h.01M10.5 6.3h.01" strokeWidth="2" />
  </Icon>
);
export const IconMention = () => (
  <Icon>
    <circle cx="8" cy="8" r="2.5" />
    <path d="M10.5 8v1a1.8 1.8 0 0 0 3.5 0V8a6 6 0 1 0-2.4 4.8" />
  </Icon>
);
export const IconUndo = () => (
  <Icon>
    <path d="M5 3L2.5 5.5 5 8" />
    <path d="M2.5 5.5h7a3.5 3.5 0 0 1 0 7H6" />
  </Icon>
);
export const IconRedo = () => (
  <Icon>
    <path d="M11 3l2.5 2.5L11 8" />
    <path d="M13.5 5.5h-7a3.5 3.5 0 0 0 0 7H10" />
  </Icon>
);
export const IconTrash = () => (
  <Icon>
    <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5M7 7v4M9 7v4" />
  </Icon>
);
export const IconPlus = () => (
  <Icon>
    <path d="M8 3v10M3 8h10" />
  </Icon>
);
export const IconExternal = () => (
  <Icon>
    <path d="M9 3h4v4M13 3L7.5 8.5M11.5 9.5V13h-8.5V4.5H6.5" />
  </Icon>
);
