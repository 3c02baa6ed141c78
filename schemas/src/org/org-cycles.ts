/** Most names a cycle message lists before "…". */
const CYCLE_NAMES_SHOWN = 20;

/**
 * Every cycle of a graph where each item points to at most one other (a user's supervisor, a
 * department's parent), once each, as lists of positions starting at the cycle's first item in
 * document order. Items pointing at themselves are cycles of one. Each item is walked once:
 * time linear in the number of items. @internal
 */
export function findCycles(next: readonly (number | undefined)[]): number[][] {
  const walk = new Array<number>(next.length).fill(-1);
  const cycles: number[][] = [];
  for (let start = 0; start < next.length; start += 1) {
    let at: number | undefined = start;
    while (at !== undefined && walk[at] === -1) {
      walk[at] = start;
      at = next[at];
    }
    if (at === undefined || walk[at] !== start) continue;
    const cycle: number[] = [];
    let member: number | undefined = at;
    do {
      cycle.push(member);
      member = next[member];
    } while (member !== undefined && member !== at);
    let first = 0;
    cycle.forEach((item, index) => {
      if (item < (cycle[first] ?? item)) first = index;
    });
    cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
  }

  return cycles;
}

/** A cycle in words: `a → b → c → a`, long ones cut with "…" before the return. @internal */
export function cycleText(names: readonly string[]): string {
  const shown = names.slice(0, CYCLE_NAMES_SHOWN);
  const cut = names.length > shown.length ? ['…'] : [];

  return [...shown, ...cut, names[0] ?? ''].join(' → ');
}
