/**
 * Finds out once what this machine can run: who we are, which programs exist, the cgroup
 * layout and controllers, whether unprivileged user namespaces work and whether LXC can start
 * a container. `skipReason` (src/lib/labs) turns the answers into skip reasons.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cgroupMounts, type MachineProbe } from '../../src/lib/labs/index.ts';
import { SHELL_ENV } from './shell.ts';

/** Runs a bash snippet; its output, or the reason it failed (last lines of its output). */
function bash(script: string, args: readonly string[] = [], timeoutMs = 20_000): { ok: boolean; out: string } {
  const r = spawnSync('bash', ['-c', script, 'probe', ...args], { env: SHELL_ENV, encoding: 'utf8', timeout: timeoutMs });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.error) return { ok: false, out: r.error.message };
  return { ok: r.status === 0, out };
}

/** The first lines of a failure's output, on one line and not too long for a test name. */
function why(out: string, fallback: string): string {
  const text = out.split('\n').slice(0, 3).join(' ').replace(/\s+/g, ' ').trim();
  return text.length > 240 ? `${text.slice(0, 239)}…` : text || fallback;
}

function probeUserns(uid: number): true | string {
  if (uid !== 0) return 'the probe switches to an unprivileged user, which needs root';
  const r = bash('setpriv --reuid=65534 --regid=65534 --clear-groups unshare --user --map-root-user true');
  return r.ok || why(r.out, 'unshare --user failed');
}

/**
 * Creates, starts and destroys a throwaway busybox container in its own LXC path, with no
 * network (so the host's network is never touched), and removes what LXC leaves behind.
 */
const LXC_PROBE = String.raw`
d=$(mktemp -d /tmp/lab-probe.XXXXXX) || exit 1
printf 'lxc.net.0.type = empty\n' > "$d/lxc.conf"
out=$( { lxc-create -P "$d" -n probe -t busybox -f "$d/lxc.conf" >/dev/null &&
         lxc-start -P "$d" -n probe -l ERROR -o "$d/start.log" && lxc-wait -P "$d" -n probe -s RUNNING -t 10; } 2>&1 )
rc=$?
# lxc-start itself only says that the container failed; its log says why.
[ "$rc" = 0 ] || out=$(sed -n 's/^.* ERROR .* - //p' "$d/start.log" 2>/dev/null | head -n 3; printf '%s\n' "$out" | head -n 1)
lxc-stop -P "$d" -n probe -k >/dev/null 2>&1
lxc-destroy -P "$d" -n probe -f >/dev/null 2>&1
rm -rf "$d" "/run/lxc/lock$d"
rmdir /run/lxc/lock/tmp 2>/dev/null
rmdir /sys/fs/cgroup/lxc.pivot /sys/fs/cgroup/*/lxc.pivot 2>/dev/null
[ "$rc" = 0 ] || { printf '%s\n' "$out"; exit 1; }
`;

function probeLxc(uid: number, commands: ReadonlySet<string>): true | string {
  const missing = ['lxc-create', 'lxc-start', 'lxc-wait', 'lxc-stop', 'lxc-destroy', 'busybox'].filter((c) => !commands.has(c));
  if (missing.length > 0) return `not installed: ${missing.join(', ')}`;
  if (!existsSync('/usr/share/lxc/templates/lxc-busybox')) return 'no busybox template in /usr/share/lxc/templates';
  if (uid !== 0) return 'the probe starts a container as root';
  const r = bash(LXC_PROBE, [], 60_000);
  return r.ok || `lxc-start failed here: ${why(r.out, 'no output')}`;
}

/** Probes the machine for the programs named and everything else a requirement can ask. */
export function probeMachine(commandNames: readonly string[]): MachineProbe {
  const uid = process.getuid?.() ?? -1;
  const lxcTools = ['lxc-create', 'lxc-start', 'lxc-wait', 'lxc-stop', 'lxc-destroy', 'busybox'];
  const found = bash('for c; do command -v "$c" >/dev/null && echo "$c"; done; true', [...new Set([...commandNames, ...lxcTools])]);
  const commands = new Set(found.out.split('\n').filter(Boolean));
  const mounts = cgroupMounts(existsSync('/proc/self/mountinfo') ? readFileSync('/proc/self/mountinfo', 'utf8') : '');
  const subtree = '/sys/fs/cgroup/cgroup.subtree_control';
  const v2Controllers = mounts.layout === 'unified' && existsSync(subtree) ? readFileSync(subtree, 'utf8').trim().split(/\s+/) : [];
  return {
    uid,
    commands,
    cgroupLayout: mounts.layout,
    v2Controllers: new Set(v2Controllers),
    v1Controllers: new Set(mounts.v1Controllers),
    unprivilegedUserns: probeUserns(uid),
    lxcStart: probeLxc(uid, commands),
  };
}
