/**
 * The header's icons as inline SVG, not emoji: an emoji makes the browser find and load a colour
 * emoji font before its first paint, and looks different on every system.
 */
const iconProps = {
  'aria-hidden': true,
  focusable: false,
  fill: 'none',
  stroke: 'currentColor',
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export function SignalIcon() {
  return (
    <svg {...iconProps} viewBox="0 0 20 20" strokeWidth={2.5} className="inline-block size-5 align-[-3px]">
      <path d="M4 16v-2M8 16v-5M12 16V8M16 16V4" />
    </svg>
  );
}

export function GlobeIcon() {
  return (
    <svg {...iconProps} viewBox="0 0 20 20" strokeWidth={1.5} className="size-4">
      <circle cx="10" cy="10" r="7.5" />
      <path d="M2.5 10h15M10 2.5c2.2 2.1 3.2 4.6 3.2 7.5s-1 5.4-3.2 7.5c-2.2-2.1-3.2-4.6-3.2-7.5s1-5.4 3.2-7.5Z" />
    </svg>
  );
}

export function ChevronDownIcon() {
  return (
    <svg {...iconProps} viewBox="0 0 20 20" strokeWidth={2} className="size-3 text-slate-500">
      <path d="m5 8 5 5 5-5" />
    </svg>
  );
}
