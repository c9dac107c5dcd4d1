/** The flag of North Korea, drawn inline so it shows the same on every system (no emoji font needed). */
export function NorthKoreaFlag() {
  return (
    <svg class="flag" viewBox="0 0 30 20" width="21" height="14" aria-hidden="true">
      <rect width="30" height="20" fill="#024fa2" />
      <rect y="3" width="30" height="14" fill="#fff" />
      <rect y="3.7" width="30" height="12.6" fill="#ed1c27" />
      <circle cx="10" cy="10" r="4" fill="#fff" />
      <polygon
        fill="#ed1c27"
        points="10,6.2 10.9,8.8 13.6,8.8 11.4,10.4 12.2,13 10,11.4 7.8,13 8.6,10.4 6.4,8.8 9.1,8.8"
      />
    </svg>
  );
}
