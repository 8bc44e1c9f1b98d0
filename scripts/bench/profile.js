/**
 * `npm run bench -- --profile ID [ID...]`: where a function's time goes. Calls each function
 * with its sample args (scripts/bench/samples.js) for about two seconds under V8's sampling
 * profiler and prints the functions with the most self time, so that a missed target is
 * profiled before anything is changed.
 */
const inspector = require('inspector');
const path = require('path');

function post(session, method, params) {
  return new Promise((resolve, reject) => {
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function location(frame, root) {
  if (!frame.url) return '(native)';
  const file = frame.url.replace(/^file:\/\//, '');
  const relative = file.startsWith(root) ? path.relative(root, file) : path.basename(file);
  return `${relative}:${frame.lineNumber + 1}`;
}

/** Self time per function, largest first, as [percent, "name file:line"]. */
function selfTimes(profile, root) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) || 0) + 1);
  const totals = new Map();
  for (const [id, count] of counts) {
    const frame = byId.get(id).callFrame;
    const key = `${frame.functionName || '(anonymous)'}  ${location(frame, root)}`;
    totals.set(key, (totals.get(key) || 0) + count);
  }
  const all = profile.samples.length || 1;
  return [...totals].sort((a, b) => b[1] - a[1]).map(([key, count]) => [(100 * count) / all, key]);
}

/** Profiles fn(...args) for `ms` milliseconds and returns the top `top` self-time entries. */
async function profileCalls(fn, args, { ms = 2000, top = 15, root }) {
  const session = new inspector.Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(session, 'Profiler.start');
    const end = Date.now() + ms;
    let calls = 0;
    while (Date.now() < end) {
      for (let i = 0; i < 100; i++) fn(...args);
      calls += 100;
    }
    const { profile } = await post(session, 'Profiler.stop');
    return { calls, entries: selfTimes(profile, root).slice(0, top) };
  } finally {
    session.disconnect();
  }
}

module.exports = { profileCalls };
