/**
 * Timing and memory sampling for the benchmark. Wall-clock figures on a shared machine are
 * noisy: throughput is the best of several rounds (alternating with the floor it is compared
 * to), a workload's time the median of several runs; both after a warm-up that lets the JIT
 * settle. A workload's first, cold run is reported too.
 */

/** Results are folded in here so that no call can be optimised away. */
let sink = 0;

function consume(value) {
  if (typeof value === 'number') sink += value;
  else if (Array.isArray(value)) sink += value.length;
  else if (typeof value === 'string') sink += value.length;
}

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The largest heap in use seen at any sample point (after each measured batch). */
const heap = {
  peakBytes: 0,
  sample() {
    const used = process.memoryUsage().heapUsed;
    if (used > heap.peakBytes) heap.peakBytes = used;
  },
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function runBatch(fn, args, calls) {
  const start = nowMs();
  for (let i = 0; i < calls; i++) consume(fn(...args));
  const elapsed = nowMs() - start;
  heap.sample();
  return elapsed;
}

/** A batch size that takes about roundMs, after a warm-up of at least warmupMs. */
function calibrate(fn, args, roundMs, warmupMs) {
  let calls = 64;
  let elapsed = runBatch(fn, args, calls);
  const warmupEnd = nowMs() + warmupMs;
  while (elapsed < roundMs / 4 || nowMs() < warmupEnd) {
    if (elapsed < roundMs / 4) calls *= 2;
    elapsed = runBatch(fn, args, calls);
  }
  return Math.max(1, Math.round((calls * roundMs) / Math.max(elapsed, 1e-3)));
}

/**
 * Calls per second of each function on the same args, measured in alternating rounds so that
 * both see the same machine; each figure is its best round. On a shared machine other
 * processes only ever slow a round down, so the best round is the closest to the code's own
 * speed (the reasoning of Python's timeit).
 */
function callsPerSecond(fns, args, { rounds = 7, roundMs = 40, warmupMs = 40 } = {}) {
  const batches = fns.map((fn) => calibrate(fn, args, roundMs, warmupMs));
  const best = fns.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    fns.forEach((fn, i) => {
      best[i] = Math.max(best[i], (batches[i] / runBatch(fn, args, batches[i])) * 1000);
    });
  }
  return best;
}

/**
 * Milliseconds of one call of fn(): the first (cold) call, and the median once warm (after at
 * least `warmupRuns` runs and warmupMs, at least `runs` runs and minTotalMs).
 */
function timeMs(fn, { warmupRuns = 20, warmupMs = 200, runs = 15, minTotalMs = 250 } = {}) {
  let t0 = nowMs();
  consume(fn());
  const coldMs = nowMs() - t0;
  const warmupEnd = nowMs() + warmupMs;
  for (let i = 1; i < warmupRuns || (nowMs() < warmupEnd && i < 1000); i++) consume(fn());
  const times = [];
  const start = nowMs();
  while (times.length < runs || nowMs() - start < minTotalMs) {
    t0 = nowMs();
    consume(fn());
    times.push(nowMs() - t0);
    heap.sample();
    if (times.length >= 1000) break;
  }
  return { coldMs, ms: median(times) };
}

/**
 * The best time in ms of each function, measured in alternating runs after a warm-up, for a
 * ratio of one to another (a function against its plain-number floor). On a shared machine
 * other processes only ever slow a run down, and a run of 10 ms is cut by the scheduler far
 * more often than one of 1 ms, so medians would set a preempted run against an undisturbed
 * one; best against best compares the code's own speeds, as callsPerSecond does.
 */
function bestTimesMs(fns, { warmupRuns = 20, runs = 40 } = {}) {
  for (let i = 0; i < warmupRuns; i++) fns.forEach((fn) => consume(fn()));
  const best = fns.map(() => Infinity);
  for (let run = 0; run < runs; run++) {
    fns.forEach((fn, i) => {
      const t0 = nowMs();
      consume(fn());
      best[i] = Math.min(best[i], nowMs() - t0);
    });
    heap.sample();
  }
  return best;
}

module.exports = { callsPerSecond, timeMs, bestTimesMs, heap, median };
