/**
 * The capabilities of a container's process: Docker's default set adjusted by `--cap-add`,
 * `--cap-drop` and `--privileged`, as moby's `TweakCapabilities` does
 * (daemon/pkg/oci/caps/utils.go at docker-v29.7.2).
 * @module
 */

/** Docker's default capabilities, in its order (moby daemon/pkg/oci/caps/defaults.go at docker-v29.7.2). */
export const DOCKER_DEFAULT_CAPABILITIES = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FSETID', 'CAP_FOWNER', 'CAP_MKNOD', 'CAP_NET_RAW', 'CAP_SETGID', 'CAP_SETUID',
  'CAP_SETFCAP', 'CAP_SETPCAP', 'CAP_NET_BIND_SERVICE', 'CAP_SYS_CHROOT', 'CAP_KILL', 'CAP_AUDIT_WRITE',
] as const;

/**
 * Every capability Linux defines, by number (0 to 40, Linux 5.9+), as containerd's `cap.Known`
 * lists them (pkg/cap/cap_linux.go, vendored by moby docker-v29.7.2). A privileged container
 * gets those the daemon itself holds: on a current kernel, all of them.
 */
export const ALL_CAPABILITIES = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL', 'CAP_SETGID', 'CAP_SETUID',
  'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE', 'CAP_NET_BROADCAST', 'CAP_NET_ADMIN', 'CAP_NET_RAW',
  'CAP_IPC_LOCK', 'CAP_IPC_OWNER', 'CAP_SYS_MODULE', 'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT', 'CAP_SYS_PTRACE', 'CAP_SYS_PACCT',
  'CAP_SYS_ADMIN', 'CAP_SYS_BOOT', 'CAP_SYS_NICE', 'CAP_SYS_RESOURCE', 'CAP_SYS_TIME', 'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD',
  'CAP_LEASE', 'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL', 'CAP_SETFCAP', 'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG',
  'CAP_WAKE_ALARM', 'CAP_BLOCK_SUSPEND', 'CAP_AUDIT_READ', 'CAP_PERFMON', 'CAP_BPF', 'CAP_CHECKPOINT_RESTORE',
] as const;

export type CapabilityError = { code: 'unknown-capability'; flag: string; value: string; allowed: string };

/** Upper-cased with a `CAP_` prefix, as moby's NormalizeLegacyCapabilities writes it; `ALL` stays. */
function normalize(flag: string, value: string): string | CapabilityError {
  const upper = value.trim().toUpperCase();
  if (upper === 'ALL') return upper;
  const name = upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
  return (ALL_CAPABILITIES as readonly string[]).includes(name) ? name : { code: 'unknown-capability', flag, value, allowed: 'ALL, CAP_CHOWN … CAP_CHECKPOINT_RESTORE (capabilities(7))' };
}

/**
 * The capability list Docker gives the process (bounding, effective and permitted alike).
 *
 * @example
 * effectiveCapabilities(['NET_ADMIN'], ['MKNOD'], false) // => the default set without CAP_MKNOD, plus CAP_NET_ADMIN
 * effectiveCapabilities([], ['ALL'], false) // => []
 * effectiveCapabilities(['chown'], ['all'], false) // => ['CAP_CHOWN']
 */
export function effectiveCapabilities(add: readonly string[], drop: readonly string[], privileged: boolean): string[] | CapabilityError {
  if (privileged) return [...ALL_CAPABILITIES];
  const adds: string[] = [];
  const drops: string[] = [];
  for (const [flag, values, into] of [['--cap-drop', drop, drops], ['--cap-add', add, adds]] as const) {
    for (const value of values) {
      const name = normalize(flag, value);
      if (typeof name !== 'string') return name;
      into.push(name);
    }
  }
  let caps: string[];
  if (adds.includes('ALL')) caps = ALL_CAPABILITIES.filter((c) => !drops.includes(c));
  else if (drops.includes('ALL')) caps = adds;
  else caps = [...DOCKER_DEFAULT_CAPABILITIES.filter((c) => !drops.includes(c)), ...adds];
  // moby appends an added capability even when the default set has it; the kernel sees a set, so show it once.
  return [...new Set(caps)];
}
