/** Groups a bundle's modules by npm package or by source folder, to show what a script is made of. */

/** `node_modules/@scope/name/…` → `@scope/name`; `<root>/utils/recognition/x.ts` → `utils/recognition`. */
export function moduleGroup(id: string, root: string): string {
  const clean = id.replace(/^\0/, '').split('?')[0] ?? id;
  const inPackage = clean.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inPackage) return inPackage[1] as string;
  const relative = clean.startsWith(`${root}/`) ? clean.slice(root.length + 1) : clean;
  const parts = relative.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : (parts[0] ?? relative);
}

/** Sums sizes per group, largest first. */
export function groupSizes(sizes: Record<string, number>, root: string): [string, number][] {
  const totals = new Map<string, number>();
  for (const [id, bytes] of Object.entries(sizes)) {
    const group = moduleGroup(id, root);
    totals.set(group, (totals.get(group) ?? 0) + bytes);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}
