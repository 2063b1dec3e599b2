// Queued Office.js calls travel in one request per `context.sync`. Excel on the web refuses a
// request over 5 MB, so writers declare roughly what each call weighs and the batch syncs early
// when the next call would cross a budget well under that limit. On ordinary workbooks nothing
// comes near it and a whole write is one request.

import type { XlContext } from './excel-api';

/** Bytes a queued call costs beyond its data (method, object path, ids). */
export const CALL_OVERHEAD = 200;
/** Syncs before a request would pass this many bytes (Excel on the web's limit is 5 MB). */
export const REQUEST_BUDGET = 4_000_000;

export class Batch {
  private bytes = 0;

  constructor(
    private readonly ctx: XlContext,
    /** Bytes a request may carry. */
    readonly budget = REQUEST_BUDGET,
  ) {}

  /**
   * Call before queueing a call that carries `data` (a values array, an address…): syncs first
   * when the request would pass the budget.
   */
  async reserve(data?: unknown): Promise<void> {
    const size = CALL_OVERHEAD + weigh(data);
    if (this.bytes > 0 && this.bytes + size > this.budget) await this.flush();
    this.bytes += size;
  }

  /** Sends what is queued (always one sync, so a writer's last call is never left behind). */
  async flush(): Promise<void> {
    await this.ctx.sync();
    this.bytes = 0;
  }
}

/** Approximate JSON size of a value, without building the string. */
export function weigh(data: unknown): number {
  if (data === null || data === undefined) return 0;
  // UTF-8 and JSON escapes make French text a little longer than its length.
  if (typeof data === 'string') return Math.ceil(data.length * 1.1) + 2;
  if (typeof data === 'number' || typeof data === 'boolean') return 8;
  if (Array.isArray(data)) {
    let n = 2;
    for (const item of data) n += weigh(item) + 1;
    return n;
  }
  if (typeof data === 'object') {
    let n = 2;
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) n += k.length + 4 + weigh(v);
    return n;
  }
  return 0;
}
