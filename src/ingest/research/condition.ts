/**
 * Lets async code wait until a condition holds that event handlers (a parser's callbacks, a worker's
 * messages) make true: each handler calls `changed()` after changing what the condition reads.
 */
export class Condition {
  private waiting: (() => void)[] = [];

  changed(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume();
  }

  async until(holds: () => boolean): Promise<void> {
    while (!holds()) await new Promise<void>((resume) => this.waiting.push(resume));
  }
}
