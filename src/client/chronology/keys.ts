/** A focusable thing drawn on the chart: an event or a counted cluster, where it is. */
export interface Target {
  x: number;
  /** Its lane's index, from 0 at the top. */
  lane: number;
  /** Its y within the whole drawing, to order lanes' rows. */
  y: number;
}

/**
 * The index of the target a key moves to from `current`: ←/→ the previous or next in time (then top to bottom),
 * ↑/↓ the nearest in time in the lane above or below, Home/End the first or last. Undefined for other keys or
 * when there is nowhere to go.
 */
export function nextTarget(targets: Target[], current: number, key: string): number | undefined {
  if (targets.length === 0) return undefined;
  const order = targets.map((_, i) => i).sort((a, b) => byTime(targets[a], targets[b]) || a - b);
  const at = order.indexOf(current);
  switch (key) {
    case 'Home':
      return order[0];
    case 'End':
      return order.at(-1);
    case 'ArrowRight':
      return at === -1 ? order[0] : order[Math.min(order.length - 1, at + 1)];
    case 'ArrowLeft':
      return at === -1 ? order[0] : order[Math.max(0, at - 1)];
    case 'ArrowUp':
    case 'ArrowDown':
      return nearestInLane(targets, current, key === 'ArrowUp' ? -1 : 1);
    default:
      return undefined;
  }
}

function byTime(a: Target | undefined, b: Target | undefined): number {
  return (a?.x ?? 0) - (b?.x ?? 0) || (a?.y ?? 0) - (b?.y ?? 0);
}

/** The target nearest in x in the closest lane above (`-1`) or below (`1`) that has any. */
function nearestInLane(targets: Target[], current: number, step: -1 | 1): number | undefined {
  const from = targets[current];
  if (!from) return undefined;
  const lanes = [...new Set(targets.map((target) => target.lane))].sort((a, b) => a - b);
  const lane = step < 0 ? lanes.filter((each) => each < from.lane).at(-1) : lanes.find((each) => each > from.lane);
  if (lane === undefined) return current;
  let best: number | undefined;
  targets.forEach((target, i) => {
    if (target.lane !== lane) return;
    const distance = Math.abs(target.x - from.x);
    if (best === undefined || distance < Math.abs((targets[best]?.x ?? 0) - from.x)) best = i;
  });
  return best;
}
