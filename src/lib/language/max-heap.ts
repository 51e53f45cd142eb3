/**
 * A binary heap that pops the highest priority first and, among equal priorities, the lowest
 * tie-break number, so a run over the same input always pops in the same order.
 */
export class MaxHeap<T> {
  private readonly items: { priority: number; tie: number; value: T }[] = [];

  get size(): number {
    return this.items.length;
  }

  push(priority: number, tie: number, value: T): void {
    const items = this.items;
    items.push({ priority, tie, value });
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.before(child, parent)) break;
      [items[child], items[parent]] = [items[parent]!, items[child]!];
      child = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (!top || !last) return undefined;
    if (items.length > 0) {
      items[0] = last;
      let parent = 0;
      for (;;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let first = parent;
        if (left < items.length && this.before(left, first)) first = left;
        if (right < items.length && this.before(right, first)) first = right;
        if (first === parent) break;
        [items[first], items[parent]] = [items[parent]!, items[first]!];
        parent = first;
      }
    }
    return top.value;
  }

  private before(i: number, j: number): boolean {
    const a = this.items[i]!;
    const b = this.items[j]!;
    return a.priority > b.priority || (a.priority === b.priority && a.tie < b.tie);
  }
}
