/**
 * At most `size` pieces of work at once in this process, each holder (a user) at most `perHolder`
 * of them running or waiting; the rest wait their turn in order, at most `maxWaitMs`. Used for
 * document rendering (lib/documents/render-slots.ts): the renderer is JavaScript on the server's one
 * thread, so unbounded renders would queue every page behind them.
 */
export class SlotsBusyError extends Error {
  constructor(
    readonly reason: "holder" | "server",
    readonly retryAfterSeconds: number,
  ) {
    super(`slots busy (${reason})`);
  }
}

type Waiter = { start: () => void; timer: NodeJS.Timeout };

export class Slots {
  private running = 0;
  private readonly queue: Waiter[] = [];
  private readonly held = new Map<string, number>();

  constructor(
    private readonly size: number,
    private readonly perHolder: number,
    private readonly maxWaitMs: number,
  ) {}

  /** How many run now and how many wait. */
  get load() {
    return { running: this.running, waiting: this.queue.length };
  }

  /** Runs `work` when a slot is free; SlotsBusyError when the holder has its share already, or the wait ran out. */
  async run<T>(holder: string, work: () => Promise<T>): Promise<T> {
    const mine = this.held.get(holder) ?? 0;
    if (mine >= this.perHolder) throw new SlotsBusyError("holder", Math.ceil(this.maxWaitMs / 1000));
    this.held.set(holder, mine + 1);
    try {
      await this.acquire();
      try {
        return await work();
      } finally {
        this.release();
      }
    } finally {
      const left = (this.held.get(holder) ?? 1) - 1;
      if (left > 0) this.held.set(holder, left);
      else this.held.delete(holder);
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.size) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.queue.splice(this.queue.indexOf(waiter), 1);
          reject(new SlotsBusyError("server", Math.ceil(this.maxWaitMs / 1000)));
        }, this.maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  // A finished piece of work hands its slot straight to the first waiter, so `running` never dips.
  private release() {
    const next = this.queue.shift();
    if (next) next.start();
    else this.running -= 1;
  }
}
