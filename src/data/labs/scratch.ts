import type { LabInput } from '../schema/lab.ts';
import { SCRATCH_NAME } from './common/rules.ts';

export default {
  id: 'scratch',
  title: { en: 'Lab: a container from scratch', 'zh-cn': '实验：从零搭建一个容器' },
  intro: {
    en: 'No engine this time: a root file system made of one busybox binary, a cgroup, `unshare` for the namespaces, `pivot_root` to change the root, and `exec` to hand PID 1 to the application. In a few lines of shell, this is the core of what a container runtime such as runc does for every container.',
    'zh-cn': '这一次不用任何引擎：一个只由 busybox 程序构成的根文件系统，一个 cgroup（控制组），用 `unshare` 创建命名空间，用 `pivot_root` 切换根目录，再用 `exec` 把 1 号进程交给应用程序。用几行 shell 写出来的，就是 runc 这样的容器运行时为每个容器所做工作的核心。',
  },
  learn: {
    en: [
      'what a minimal root file system needs',
      'why `pivot_root` needs a mount point and a place for the old root',
      'the order a runtime follows: cgroup, namespaces, root file system, `exec`',
      'how to inspect such a container from the host, as `docker inspect` and `docker top` do',
    ],
    'zh-cn': [
      '一个最小的根文件系统需要什么',
      '`pivot_root` 为什么需要一个挂载点和一个存放旧根目录的位置',
      '运行时遵循的顺序：cgroup、命名空间、根文件系统、`exec`',
      '怎样像 `docker inspect` 和 `docker top` 那样从宿主机上查看这样的容器',
    ],
  },
  needs: {
    en: 'A root shell on a throwaway Linux machine, a statically linked busybox (`busybox-static` on Debian; a dynamically linked one would need its libraries in the root file system too), and the `pids` controller, either on cgroup v2 or as a cgroup v1 hierarchy.',
    'zh-cn': '一台可以随时丢弃的 Linux 机器上的 root shell，一个静态链接的 busybox（Debian 上是 `busybox-static`；动态链接的版本还需要把它依赖的库也放进根文件系统），以及 `pids` 控制器，cgroup v2 的或 cgroup v1 层级的都可以。',
  },
  packages: ['busybox-static', 'util-linux', 'procps'],
  requires: ['root', 'command:busybox', 'command:chroot', 'command:unshare', 'command:nsenter', 'command:pgrep', 'command:ps', 'command:findmnt'],
  normalize: [SCRATCH_NAME],
  vars: ['LAB', 'NAME', 'ROOTFS', 'CG', 'UNSHARE', 'PID'],
  steps: [
    {
      id: 'prepare',
      title: { en: 'A scratch directory', 'zh-cn': '临时目录' },
      commands: `export LAB=$(mktemp -d /tmp/lab.XXXXXX)
export NAME=\${LAB#/tmp/}
export ROOTFS=$LAB/rootfs`,
      output: '',
      explanation: {
        en: 'The root file system will be built in `$ROOTFS`, and the cgroup named after `$NAME`.',
        'zh-cn': '根文件系统将建在 `$ROOTFS` 里，cgroup 以 `$NAME` 命名。',
      },
    },
    {
      id: 'rootfs',
      title: { en: 'A root file system of one binary', 'zh-cn': '只有一个程序的根文件系统' },
      commands: `mkdir -p "$ROOTFS/bin" "$ROOTFS/proc"
cp "$(command -v busybox)" "$ROOTFS/bin/"
chroot "$ROOTFS" /bin/busybox --install -s /bin
ls "$ROOTFS"
readlink "$ROOTFS/bin/sh" "$ROOTFS/bin/pivot_root"`,
      output: `bin
proc
/bin/busybox
/bin/busybox`,
      explanation: {
        en: 'busybox is one program that acts as `sh`, `ls`, `mount` and hundreds more, depending on the name it is started under, so a link per command is a usable system. `chroot` runs it with `$ROOTFS` as its root directory, so `--install -s /bin` makes each link point to `/bin/busybox` as the container will see it. Static linking means it needs no libraries in the new root. `/proc` is an empty directory for now: the container will mount its own proc file system there.',
        'zh-cn': 'busybox 是一个程序，按启动时使用的名字分别充当 `sh`、`ls`、`mount` 等几百个命令，所以为每个命令建一个链接，就是一个能用的系统。`chroot` 以 `$ROOTFS` 为根目录运行它，因此 `--install -s /bin` 建立的每个链接都指向容器将来看到的 `/bin/busybox`。它是静态链接的，因此新的根目录里不需要任何库。`/proc` 目前是空目录：容器会在那里挂载自己的 proc 文件系统。',
      },
      terms: ['container'],
    },
    {
      id: 'cgroup-v2',
      title: { en: 'A cgroup (cgroup v2)', 'zh-cn': '一个 cgroup（cgroup v2）' },
      commands: `export CG=/sys/fs/cgroup/$NAME
mkdir "$CG"
echo 16 > "$CG/pids.max"`,
      output: '',
      requires: ['cgroup-v2-controller:pids'],
      explanation: {
        en: 'The container’s cgroup, limited to 16 processes. A runtime creates it first, so that everything the container starts is counted from its first process on.',
        'zh-cn': '容器的 cgroup，最多 16 个进程。运行时会先创建它，这样容器启动的一切，从第一个进程起就都受它限制。',
      },
      terms: ['cgroup-v2', 'cgroup-pids'],
    },
    {
      id: 'cgroup-v1',
      title: { en: 'A cgroup (cgroup v1 or hybrid host)', 'zh-cn': '一个 cgroup（cgroup v1 或混合布局）' },
      commands: `export CG=/sys/fs/cgroup/pids/$NAME
mkdir "$CG"
echo 16 > "$CG/pids.max"`,
      output: '',
      requires: ['cgroup-v1-controller:pids'],
      explanation: {
        en: 'On a host where `pids` is a cgroup v1 controller, the same cgroup lives in the `pids` hierarchy. The files used below, `cgroup.procs`, `pids.max` and `pids.current`, have the same names in both versions.',
        'zh-cn': '在 `pids` 属于 cgroup v1 的宿主机上，同样的 cgroup 建在 `pids` 层级里。下面用到的 `cgroup.procs`、`pids.max` 和 `pids.current` 在两个版本中名字相同。',
      },
      terms: ['cgroup-v1', 'cgroup-pids'],
    },
    {
      id: 'init-script',
      title: { en: 'What runs inside: mount, pivot_root, exec', 'zh-cn': '容器里运行什么：mount、pivot_root、exec' },
      commands: `cat > "$LAB/container.sh" <<'EOF'
mount --bind "$ROOTFS" "$ROOTFS"
cd "$ROOTFS"
mkdir .old
pivot_root . .old
umount -l /.old
rmdir /.old
mount -t proc proc /proc
hostname scratch
echo "PID $$ on $(hostname)"
echo "files:" $(ls /)
echo "mounts:" $(cut -d' ' -f2 /proc/mounts)
exec sleep 300
EOF`,
      output: '',
      explanation: {
        en: 'This script will run as PID 1 of the new namespaces. `pivot_root` wants the new root to be a mount point, hence the bind mount of the directory onto itself. It then makes `$ROOTFS` the root and moves the old root to `/.old`, where a lazy `umount -l` detaches it: from then on the host’s files are out of reach, and every command comes from busybox’s `/bin`. A fresh `/proc` shows the new PID namespace. Finally `exec` replaces the shell with the application, so the application itself is PID 1, as in a Docker container.',
        'zh-cn': '这个脚本将作为新命名空间里的 1 号进程运行。`pivot_root` 要求新的根目录是一个挂载点，所以先把这个目录绑定挂载到它自己上。随后 `pivot_root` 让 `$ROOTFS` 成为根目录，把旧的根目录移到 `/.old`，再用 `umount -l` 延迟卸载把它分离：从此宿主机的文件不可再及，每条命令都来自 busybox 的 `/bin`。新挂载的 `/proc` 反映的是新的 PID 命名空间。最后 `exec` 用应用程序替换 shell，于是应用程序本身就是 1 号进程，和 Docker 容器里一样。',
      },
      terms: ['mount-namespace', 'pid-namespace'],
    },
    {
      id: 'run',
      title: { en: 'Start it: the cgroup first, then unshare', 'zh-cn': '启动：先进入 cgroup，再 unshare' },
      commands: `sh -c 'echo $$ > "$CG/cgroup.procs"; exec unshare --mount --uts --ipc --net --pid --fork --cgroup sh "$LAB/container.sh"' > "$LAB/console.log" 2>&1 &
UNSHARE=$!
sleep 1
cat "$LAB/console.log"`,
      output: `PID 1 on scratch
files: bin proc
mounts: / /proc`,
      requires: ['cgroup-v2-controller:pids|cgroup-v1-controller:pids'],
      explanation: {
        en: 'A shell moves itself into the cgroup and then becomes `unshare`, which creates new mount, UTS, IPC, network, PID and cgroup namespaces and forks the script into them. Because the cgroup namespace is created after the move, the container sees its own cgroup as the root. The container runs in the background with its output in a file, as `docker run -d` and `docker logs` do: it is PID 1 on its own host name, sees only busybox’s files, and has exactly two mounts.',
        'zh-cn': '一个 shell 先把自己移进 cgroup，再变成 `unshare`；`unshare` 创建新的挂载命名空间（mount，mnt）以及 UTS、IPC、网络、PID 和 cgroup 命名空间，并在其中 fork 出运行脚本的进程。cgroup 命名空间是在移入 cgroup 之后创建的，所以容器把自己的 cgroup 看作根。容器在后台运行，输出写进一个文件，就像 `docker run -d` 和 `docker logs`：它是 1 号进程，有自己的主机名，只看得到 busybox 的文件，并且只有两个挂载。',
      },
      terms: ['unshare-command', 'cgroup-namespace', 'network-namespace', 'ipc-namespace'],
    },
    {
      id: 'host-view',
      title: { en: 'The container, seen from the host', 'zh-cn': '从宿主机看这个容器' },
      commands: `PID=$(pgrep -P "$UNSHARE")
cat "$CG/pids.current" "$CG/pids.max"
ps -o comm= -p "$(paste -sd, "$CG/cgroup.procs")"
nsenter -t "$PID" --uts hostname
ls /proc/$PID/root/
findmnt "$ROOTFS" || echo "no mount at $ROOTFS on the host"`,
      output: `2
16
unshare
sleep
scratch
bin
proc
no mount at /tmp/lab.QVOnBa/rootfs on the host`,
      requires: ['cgroup-v2-controller:pids|cgroup-v1-controller:pids'],
      explanation: {
        en: 'The cgroup holds two processes: `unshare`, which waits for its child, and the container’s PID 1, now `sleep`. `nsenter` enters the container’s UTS namespace; `/proc/PID/root` shows the container’s root from the host. The bind mount and the new root exist only in the container’s mount namespace: the host has no mount at `$ROOTFS`.',
        'zh-cn': 'cgroup 里有两个进程：等待子进程的 `unshare`，以及容器的 1 号进程，现在是 `sleep`。`nsenter` 进入容器的 UTS 命名空间；`/proc/PID/root` 让宿主机看到容器的根目录。绑定挂载和新的根目录只存在于容器的挂载命名空间里：宿主机上 `$ROOTFS` 处没有任何挂载。',
      },
      terms: ['cgroup-procs', 'nsenter', 'mount-namespace'],
    },
    {
      id: 'stop',
      title: { en: 'Stop it and remove the cgroup', 'zh-cn': '停止容器并删除 cgroup' },
      commands: `kill -KILL "$PID"
wait "$UNSHARE" 2>/dev/null
wc -l < "$CG/cgroup.procs"
rmdir "$CG"`,
      output: '0',
      requires: ['cgroup-v2-controller:pids|cgroup-v1-controller:pids'],
      explanation: {
        en: 'When PID 1 of a PID namespace dies, the kernel kills every other process in it, and the mount namespace, with the bind mount and the new root, goes with its last process. PID 1 of a namespace ignores signals it has no handler for, even `SIGTERM` from the host; only `SIGKILL` and `SIGSTOP` from an ancestor namespace always reach it. The cgroup is then empty and can be removed.',
        'zh-cn': 'PID 命名空间的 1 号进程退出时，内核会杀死该命名空间中的其他所有进程；挂载命名空间连同绑定挂载和新的根目录，也随最后一个进程一起消失。命名空间的 1 号进程会忽略它没有设置处理函数的信号，即使是宿主机发来的 `SIGTERM`；只有来自祖先命名空间的 `SIGKILL` 和 `SIGSTOP` 总能送达。之后 cgroup 变空，可以删除。',
      },
      terms: ['pid-namespace', 'cgroup'],
    },
  ],
  cleanup: {
    commands: `[ -n "$PID" ] && kill -KILL "$PID" 2>/dev/null
if [ -n "$CG" ] && [ -d "$CG" ]; then
  kill -KILL $(cat "$CG/cgroup.procs") 2>/dev/null
  while [ -s "$CG/cgroup.procs" ]; do sleep 0.1; done
  rmdir "$CG"
fi
rm -rf "$LAB"`,
    explanation: {
      en: 'Kill whatever is left in the container’s cgroup, remove the cgroup, and delete the root file system. Nothing was mounted on the host, so there is nothing to unmount.',
      'zh-cn': '杀死容器 cgroup 中剩下的进程，删除 cgroup，再删除根文件系统。宿主机上没有挂载过任何东西，所以无需卸载。',
    },
  },
  next: [
    { page: 'engines', text: { en: 'Container engines: from LXC to Docker, runc and containerd', 'zh-cn': '容器引擎：从 LXC 到 Docker、runc 和 containerd' } },
    { page: 'ns-mount', text: { en: 'The mount namespace', 'zh-cn': '挂载命名空间' } },
  ],
  sources: [
    { title: 'pivot_root(2)', url: 'https://man7.org/linux/man-pages/man2/pivot_root.2.html' },
    { title: 'pivot_root(8)', url: 'https://man7.org/linux/man-pages/man8/pivot_root.8.html' },
    { title: 'unshare(1)', url: 'https://man7.org/linux/man-pages/man1/unshare.1.html' },
    { title: 'pid_namespaces(7)', url: 'https://man7.org/linux/man-pages/man7/pid_namespaces.7.html' },
    { title: 'cgroup_namespaces(7)', url: 'https://man7.org/linux/man-pages/man7/cgroup_namespaces.7.html' },
    { title: 'Control Group v2 (kernel documentation)', url: 'https://docs.kernel.org/admin-guide/cgroup-v2.html' },
    { title: 'About BusyBox', url: 'https://busybox.net/about.html' },
  ],
} satisfies LabInput;
