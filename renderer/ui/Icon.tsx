// The app's icons: small stroke SVGs drawn in currentColor, decorative unless given a label.

const paths = {
  inbox: 'M3 13h5l1.5 3h5L16 13h5M5.5 5h13L21 13v6H3v-6z',
  unread: 'M12 12m-6 0a6 6 0 1 0 12 0a6 6 0 1 0-12 0',
  star: 'M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z',
  file: 'M7 3h7l4 4v14H7zM14 3v4h4M9.5 12h6M9.5 15.5h6',
  feed: 'M5 19a1 1 0 1 0 0-.01M5 12a7 7 0 0 1 7 7M5 5a14 14 0 0 1 14 14',
  import: 'M12 4v11M7.5 10.5 12 15l4.5-4.5M4 15v4h16v-4',
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M15.5 15.5 20 20',
  close: 'M6 6l12 12M18 6 6 18',
  sun: 'M12 8.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4',
  moon: 'M19.5 14.5A8 8 0 0 1 9.5 4.5a8 8 0 1 0 10 10z',
  system: 'M3.5 5h17v11h-17zM9 20h6M12 16v4',
  external: 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  alert: 'M12 4 2.5 20h19zM12 10v4.5M12 17.2v.1',
  plus: 'M12 5v14M5 12h14',
  more: 'M6 10.8a1.2 1.2 0 1 0 0 2.4a1.2 1.2 0 1 0 0-2.4M12 10.8a1.2 1.2 0 1 0 0 2.4a1.2 1.2 0 1 0 0-2.4M18 10.8a1.2 1.2 0 1 0 0 2.4a1.2 1.2 0 1 0 0-2.4',
  folder: 'M3.5 6h6l2 2.5h9V19h-17z',
  chevron: 'M9.5 6l6 6-6 6',
  sync: 'M19.5 12a7.5 7.5 0 0 1-13.4 4.6M4.5 12a7.5 7.5 0 0 1 13.4-4.6M18.2 3.8v3.9h-3.9M5.8 20.2v-3.9h3.9',
  gear: 'M19 10.1 21.4 10.4 21.4 13.6 19 13.9 18.2 15.6 19.8 17.5 17.5 19.8 15.6 18.2 13.9 19 13.6 21.4 10.4 21.4 10.1 19 8.4 18.2 6.5 19.8 4.2 17.5 5.8 15.6 5 13.9 2.6 13.6 2.6 10.4 5 10.1 5.8 8.4 4.2 6.5 6.5 4.2 8.4 5.8 10.1 5 10.4 2.6 13.6 2.6 13.9 5 15.6 5.8 17.5 4.2 19.8 6.5 18.2 8.4zM12 9.2a2.8 2.8 0 1 0 0 5.6a2.8 2.8 0 1 0 0-5.6',
  archive: 'M3.5 5h17v4h-17zM5 9v10h14V9M10 13h4',
  excerpt: 'M5 6.5h14M5 10.5h14M5 14.5h7M15 17.5h.01M18 17.5h.01',
  image: 'M4 5h16v14H4zM4 16l5-5 4 4 2.5-2.5L20 16.5M15.5 8.5h.01',
  bookmark: 'M7 3.5h10v17l-5-4-5 4z',
  help: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M9.5 9.5a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1.9-1.1 1.6v.5M12 16.6v.1',
  info: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 11v5.5M12 7.6v.1',
} as const;

export type IconName = keyof typeof paths;

interface IconProps {
  name: IconName;
  /** Filled icons (a set star, an unread dot) use the same outline, filled. */
  filled?: boolean;
  size?: number;
}

export function Icon({ name, filled = false, size = 16 }: IconProps) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={1.7}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
