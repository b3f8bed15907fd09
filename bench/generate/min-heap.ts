/** A binary min-heap by a numeric key: careers free their holders in order of tenure end. */
export class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly key: (item: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const xs = this.items;
    xs.push(item);
    let i = xs.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.key(xs[parent] as T) <= this.key(item)) break;
      xs[i] = xs[parent] as T;
      i = parent;
    }
    xs[i] = item;
  }

  pop(): T | undefined {
    const xs = this.items;
    const top = xs[0];
    const last = xs.pop();
    if (xs.length === 0 || last === undefined) return top;
    let i = 0;
    const k = this.key(last);
    for (;;) {
      const left = 2 * i + 1;
      if (left >= xs.length) break;
      const right = left + 1;
      const child = right < xs.length && this.key(xs[right] as T) < this.key(xs[left] as T) ? right : left;
      if (this.key(xs[child] as T) >= k) break;
      xs[i] = xs[child] as T;
      i = child;
    }
    xs[i] = last;
    return top;
  }
}
