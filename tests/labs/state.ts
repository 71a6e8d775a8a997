/**
 * What a lab could leave behind on the host, listed so that the state before a lab can be
 * compared with the state after its cleanup (`stateChanges` in src/lib/labs).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { MachineState } from '../../src/lib/labs/index.ts';

function dirs(path: string): string[] {
  if (!existsSync(path)) return [];
  return readdirSync(path).filter((name) => {
    try {
      return statSync(join(path, name)).isDirectory();
    } catch {
      return false;
    }
  });
}

/** Every path under `root`, `depth` levels deep at most (LXC's lock files sit four levels down). */
function walk(root: string, depth: number): string[] {
  if (depth === 0 || !existsSync(root)) return [];
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    const isDir = (() => {
      try {
        return statSync(path).isDirectory();
      } catch {
        return false;
      }
    })();
    return [path, ...(isDir ? walk(path, depth - 1) : [])];
  });
}

/**
 * Top-level cgroups only: deeper ones come and go with the host's services. On cgroup v2
 * /sys/fs/cgroup is itself the hierarchy; otherwise each directory in it is one.
 */
function topLevelCgroups(): string[] {
  const root = '/sys/fs/cgroup';
  if (existsSync(join(root, 'cgroup.procs'))) return dirs(root);
  return dirs(root).flatMap((hierarchy) => dirs(join(root, hierarchy)).map((cg) => `${hierarchy}/${cg}`));
}

export function machineState(): MachineState {
  const mountinfo = readFileSync('/proc/self/mountinfo', 'utf8');
  return {
    netns: existsSync('/run/netns') ? readdirSync('/run/netns') : [],
    // The host's network interfaces: a lab may create veth pairs only inside its own namespaces.
    links: readdirSync('/sys/class/net'),
    // iproute2 turns /run/netns into a mount point on first use and never undoes it; the
    // namespaces lab unmounts it when it is empty, which on a host that had it would read as a removal.
    mounts: mountinfo.split('\n').flatMap((line) => line.split(' ')[4] ?? []).filter((point) => point !== '/run/netns'),
    cgroups: topLevelCgroups(),
    'lxc locks': walk('/run/lxc/lock', 4),
    'scratch dirs': readdirSync('/tmp').filter((name) => /^lab[.-]/.test(name)),
  };
}
