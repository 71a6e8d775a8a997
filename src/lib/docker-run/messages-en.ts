/**
 * The English sentences of the `docker run` explainer.
 * @module
 */
import { LIMITS_MESSAGES } from '../cgroup-limits/messages.ts';
import type { RunMessages } from './messages.ts';

export const RUN_MESSAGES_EN: RunMessages = {
  error: {
    'unterminated-quote': 'The {quote} at character {at} is never closed; close it or remove it.',
    empty: 'Paste a docker run command, for example docker run --rm -it --memory=256m ubuntu bash.',
    'not-docker-run': '“{found}” is not docker run: paste a docker run, docker container run, docker create or docker container create command.',
    'unknown-flag': '{flag} is not an option of docker run.',
    'run-only-flag': '{flag} exists only for docker run; docker create does not accept it.',
    'bad-flag-syntax': '“{flag}” is not a flag: write --name or --name=value.',
    'missing-value': '{flag} needs a value: write {flag} <value> or {flag}=<value>.',
    'bad-bool': '{flag}={value} is not a boolean; allowed: {allowed}.',
    'bad-int': '{flag}={value} is not a whole number Docker can read here; allowed: {allowed}.',
    'missing-image': 'No image: docker run needs an image name after the options.',
    'bad-mode': '{flag}={value} is not a mode Docker accepts; allowed: {allowed}.',
    'conflicting-networks': '{flag} {value}: Docker cannot attach a container to host, none, bridge or another container’s network and to a user-defined network at once.',
    'userns-conflict': '{flag}={value} cannot be used while the daemon remaps users (userns-remap); add --userns=host to allow it.',
    'bad-volume': '“{value}” is not a {flag} value; allowed: {allowed}.',
    'bad-mount': '“{value}” is not valid in {flag}; allowed: {allowed}.',
    'bad-tmpfs': '“{value}” is not valid for {flag}; allowed: {allowed}.',
    // Resource errors and notes are worded by the cgroup limits calculator (`limits` below).
    resource: '',
    'beyond-int64': '{flag}={value} is more than Docker can store: a size is a signed 64-bit number of bytes, at most {allowed}.',
    'bad-cpus': '{flag}={value} is not a number of CPUs; allowed: a decimal from {allowed} (the host’s CPU count) with at most 9 decimal places, such as 1.5.',
    'unknown-capability': '{flag} {value}: not a Linux capability; allowed: {allowed}.',
    'no-command': '{flag}="" removes the entrypoint, and no command follows the image: Docker refuses to start nothing.',
    'bad-security-opt': '{flag} {value} is not a security option Docker knows; allowed: {allowed}.',
    'windows-only': '{flag} {value}: only a Docker daemon on {allowed} accepts it; this explainer describes a Linux daemon, which refuses it.',
  },
  suggestion: 'Did you mean {suggestion}?',
  allowed: '{flag}: {allowed}',
  quote: { "'": 'single quote', '"': 'double quote', '`': 'backquote', '$(': '$(', '${': '${' },
  note: {
    'entrypoint-unknown': 'process.args begin with the ENTRYPOINT of {image}, if it has one; only the image knows it (docker image inspect {image}).',
    'cmd-from-image': 'No command after the image: the CMD of {image} runs.',
    'entrypoint-drops-cmd': '--entrypoint is given and no command follows: the CMD of {image} is not used.',
    'user-from-image': '--user {user} names a user or group by name, or no group: Docker looks them up in the image’s /etc/passwd and /etc/group, and the runtime gets numbers.',
    'non-root-capabilities':
      'The process runs as {user}, not root: the capabilities below stay in its bounding set, but when it executes a program the kernel keeps them effective only if the file has capabilities of its own (capabilities(7)).',
    'named-volume': '{name} is a named volume: the local driver keeps its files in /var/lib/docker/volumes/{name}/_data (under the default data-root), which Docker bind-mounts.',
    'anonymous-volume': 'No source for {target}: Docker creates an anonymous volume with a random name, kept under /var/lib/docker/volumes.',
    'relative-bind': '{path} is relative: the docker client makes it absolute from the current directory ($PWD).',
    unexpanded: '{value} is expanded by your shell before docker sees it; here it is shown as typed.',
    'recursive-readonly': '{target} is read-only: Docker 25+ on Linux 5.12+ makes it recursively read-only (rro); otherwise it is ro and mounts below it stay writable.',
    'bind-source-must-exist': '--mount type=bind needs {path} to exist on the host; -v would create it.',
    'mount-type-not-modelled': 'A --mount of type {type} is not shown here.',
    limits: '',
    privileged: '--privileged: every capability, every host device, no seccomp or AppArmor profile, no SELinux label, and /sys and the cgroup mounts writable.',
    'create-only': 'docker create only creates the container: its namespaces and cgroups appear when docker start runs it.',
    'default-mounts':
      'Docker also mounts /proc, /dev, /dev/pts, /sys, /sys/fs/cgroup, /dev/mqueue and /dev/shm, and binds the /etc/hostname, /etc/hosts and /etc/resolv.conf it writes; mounts lists only what the options add.',
    'deprecated-flag': '{flag} is deprecated: the client accepts it with a warning and ignores it.',
  },
  reason: {
    option: 'Set by {flag}={value}.',
    'always-new': 'Docker always gives a container a mount namespace of its own; no option shares the host’s.',
    'default-new': 'Docker’s default: a namespace of its own.',
    'daemon-ipc': 'No --ipc: the daemon’s default-ipc-mode, {mode}.',
    'daemon-cgroupns': 'No --cgroupns: the daemon’s default-cgroupns-mode, {mode}. Unset, it is private on cgroup v2 hosts and host on v1 (this host: v{cgroupVersion}).',
    'privileged-cgroup-v1': 'No --cgroupns, --privileged, and a cgroup v1 host: Docker keeps the host’s cgroup namespace.',
    'userns-remap': 'The daemon remaps users (userns-remap): the container gets a user namespace of its own.',
    'no-userns-remap': 'The daemon does not remap users, so the container shares the host’s user namespace: root inside is root on the host.',
    'userns-joined': 'With userns-remap, joining the namespaces of {container} also joins its user namespace.',
    'time-private': 'Docker Engine 29.5 and later gives each container a time namespace on Linux 5.6 and later; no option changes it.',
    'time-host': 'Docker Engine before 29.5, or a kernel before 5.6: no time namespace, so the container shares the host’s.',
  },
  state: { new: 'new', host: 'host’s', none: 'new, empty', container: 'shared with {container}' },
  limits: LIMITS_MESSAGES.en,
};
