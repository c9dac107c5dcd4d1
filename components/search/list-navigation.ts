/** Which result is active after a key press in a list of `length` results (-1: none). Wraps around. */
export function nextActive(active: number, key: string, length: number): number {
  if (length === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return active < 0 || active >= length - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? length - 1 : active - 1;
    default:
      return active;
  }
}
