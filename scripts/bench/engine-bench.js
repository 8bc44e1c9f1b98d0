/**
 * Runs inside an engine (the jsc shell, a browser page), after test/helpers/engine-calls.js,
 * the shipped bundle (shared.js, functions.js) and the floors (samples.js floorsScript):
 * `hashwattBench(input)` measures calls per second of each scalar function as Excel calls it
 * (the function the bundle registered) and of its plain-number floor, in alternating rounds,
 * each figure its best round, as measure.js does in Node; and the 100 × 100 BREAKEVEN_BTC grid
 * against its floor, best run against best run. Plain script: it runs as it is in every engine.
 * Left-out arguments travel as null (JSON) and are passed as undefined, as Excel passes them.
 */
(function (global) {
  'use strict';
  var sink = 0;
  var now =
    typeof performance !== 'undefined' && performance.now
      ? function () { return performance.now(); }
      : function () { return preciseTime() * 1000; };

  function consume(value) {
    if (typeof value === 'number') sink += value;
    else if (value && typeof value.length === 'number') sink += value.length;
  }

  function call(fn, args) {
    try {
      return fn.apply(null, args);
    } catch (error) {
      return 0;
    }
  }

  function batch(fn, args, calls) {
    var start = now();
    for (var i = 0; i < calls; i++) consume(call(fn, args));
    return now() - start;
  }

  function calibrate(fn, args, roundMs) {
    var calls = 64;
    var elapsed = batch(fn, args, calls);
    var warmEnd = now() + roundMs;
    while (elapsed < roundMs / 4 || now() < warmEnd) {
      if (elapsed < roundMs / 4) calls *= 2;
      elapsed = batch(fn, args, calls);
    }
    return Math.max(1, Math.round((calls * roundMs) / Math.max(elapsed, 1e-3)));
  }

  function callsPerSecond(fns, args, rounds, roundMs) {
    var sizes = fns.map(function (fn) { return calibrate(fn, args, roundMs); });
    var best = fns.map(function () { return 0; });
    for (var round = 0; round < rounds; round++) {
      fns.forEach(function (fn, i) {
        var elapsed = batch(fn, args, sizes[i]);
        // a round shorter than the clock's tick tells nothing
        if (elapsed > 0) best[i] = Math.max(best[i], (sizes[i] / elapsed) * 1000);
      });
    }
    return best;
  }

  function allCalls(fn, calls) {
    return function () {
      for (var i = 0; i < calls.length; i++) consume(call(fn, calls[i]));
    };
  }

  /**
   * Best time of one run of each workload, alternating, after a warm-up; each timing spans
   * enough runs to last about 50 ms, as a browser's clock may tick only every millisecond.
   */
  function bestTimesMs(workloads, runs) {
    var repeats = workloads.map(function (w) {
      var count = 0;
      var start = now();
      while (now() - start < 50 || count < 3) {
        w();
        count++;
      }
      return count;
    });
    var best = workloads.map(function () { return Infinity; });
    for (var run = 0; run < runs; run++) {
      workloads.forEach(function (w, i) {
        var start = now();
        for (var r = 0; r < repeats[i]; r++) w();
        best[i] = Math.min(best[i], (now() - start) / repeats[i]);
      });
    }
    return best;
  }

  function undefinedForNull(args) {
    return args.map(function (arg) { return arg === null ? undefined : arg; });
  }

  /**
   * input: { scalars: [{ id, args }], grid: [args…], rounds, roundMs }
   * -> { scalars: [{ id, callsPerSecond, floorCallsPerSecond, problem }], grid: { bestMs, floorMs } }
   */
  global.hashwattBench = function (input) {
    var scalars = input.scalars.map(function (sample) {
      var fn = hashwattFunction(sample.id);
      var floor = hashwattFloors[sample.id];
      var args = undefinedForNull(sample.args);
      if (!fn) return { id: sample.id, problem: 'not registered by the bundle' };
      var figures = callsPerSecond(floor ? [fn, floor] : [fn], args, input.rounds, input.roundMs);
      return { id: sample.id, callsPerSecond: figures[0], floorCallsPerSecond: floor ? figures[1] : null };
    });
    var gridCalls = input.grid.map(undefinedForNull);
    var times = bestTimesMs([allCalls(hashwattFunction('BREAKEVEN_BTC'), gridCalls), allCalls(hashwattFloors.BREAKEVEN_BTC, gridCalls)], input.gridRuns);
    return { scalars: scalars, grid: { bestMs: times[0], floorMs: times[1] }, sink: sink };
  };
})(typeof globalThis !== 'undefined' ? globalThis : this);
