/**
 * The development server's port: whether it is free, and when it is not, which process holds it
 * and how to stop that process. Read by scripts/start.js before it builds, so a server left
 * behind by an earlier run is named instead of ending the start with a raw EADDRINUSE.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');

/** Resolves true when something already listens on the port (any local address). */
function portTaken(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => (error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(true) : reject(error)));
    probe.once('listening', () => probe.close(() => resolve(false)));
    probe.listen(port);
  });
}

/** Socket inodes listening on the port, from the kernel's tables (Linux). */
function listeningInodes(port) {
  const inodes = new Set();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10) continue;
      const localPort = parseInt(fields[1].split(':').pop(), 16);
      if (localPort === port && fields[3] === '0A') inodes.add(fields[9]);
    }
  }
  return inodes;
}

function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return '';
  }
}

/** Linux: the processes whose open file descriptors include a socket listening on the port. */
function holdersFromProc(port) {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return [];
  const holders = [];
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let fds;
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    const holds = fds.some((fd) => {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        return Boolean(match && inodes.has(match[1]));
      } catch {
        return false;
      }
    });
    if (holds) holders.push({ pid: Number(pid), command: commandLine(pid) });
  }
  return holders;
}

/** Elsewhere (macOS), or when /proc shows nothing readable: lsof, where it is installed. */
function holdersFromLsof(port) {
  const run = spawnSync('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-Fpc'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return [];
  const holders = [];
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('p')) holders.push({ pid: Number(line.slice(1)), command: '' });
    else if (line.startsWith('c') && holders.length) holders[holders.length - 1].command = line.slice(1);
  }
  return holders;
}

/** The processes listening on the port, each { pid, command }, as far as this machine tells. */
function portHolders(port) {
  const fromProc = holdersFromProc(port);
  return fromProc.length ? fromProc : holdersFromLsof(port);
}

/** What to print when the port is taken: who holds it and how to stop it. */
function portTakenMessage(port, holders) {
  const lines = [`Port ${port} is already in use, so the Hashwatt development server cannot start.`];
  if (holders.length === 0) {
    lines.push(
      'The process holding it could not be identified from here (it may belong to another user).',
      `Find it with \`lsof -nP -iTCP:${port} -sTCP:LISTEN\` or \`ss -ltnp 'sport = :${port}'\` and stop it,`,
      'or stop a previous `npm start` with Ctrl+C in its terminal.',
    );
    return lines.join('\n');
  }
  for (const { pid, command } of holders) lines.push(`  pid ${pid}${command ? `: ${command}` : ''}`);
  const pids = holders.map((holder) => holder.pid).join(' ');
  lines.push(
    `It is likely a server left by an earlier \`npm start\`. Stop it with \`kill ${pids}\``,
    `(\`kill -9 ${pids}\` if it does not stop), then run \`npm start\` again.`,
  );
  return lines.join('\n');
}

module.exports = { portTaken, portHolders, portTakenMessage };
