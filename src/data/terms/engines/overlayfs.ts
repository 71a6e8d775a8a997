/** OverlayFS, the union filesystem under Docker's layers. Facts from the kernel's overlayfs document and Docker's overlay2 and containerd image store pages. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'overlayfs',
  category: 'concept',
  page: 'engines-docker',
  name: { en: 'OverlayFS', 'zh-cn': 'OverlayFS' },
  aliases: {
    en: ['overlay2', 'overlay', 'union filesystem', 'union mount', 'overlay filesystem', 'lowerdir', 'upperdir', 'copy_up', 'overlayfs snapshotter'],
    'zh-cn': ['联合文件系统', '联合挂载', 'overlay2', 'overlay', '叠加文件系统', 'lowerdir', 'upperdir', 'copy_up'],
  },
  summary: {
    en: 'The Linux union filesystem that presents a writable upper directory tree merged over one or more read-only lower trees; Docker stacks image layers with it.',
    'zh-cn': 'Linux 的联合文件系统：把一个可写的上层目录树合并叠放在一个或多个只读的下层目录树之上；Docker 用它叠放镜像层。',
  },
  description: {
    en: `An overlay mount takes \`lowerdir\` (one or more read-only trees, separated by colons), \`upperdir\` (a writable tree) and \`workdir\` (an empty directory on the same filesystem as the upper one) and shows their union at the mount point. Per the [kernel's overlayfs document](https://docs.kernel.org/filesystems/overlayfs.html): a name present in both layers refers to the upper object, except that two directories are merged; the first write to a lower file first copies the whole file up (*copy_up*), even for a one-byte change; a deletion leaves a *whiteout* in the upper tree (a character device with device number 0/0), and a directory marked opaque with the \`trusted.overlay.opaque\` attribute hides everything below it; renaming a lower directory fails with \`EXDEV\` unless the \`redirect_dir\` feature is on.

Docker's [\`overlay2\` storage driver](https://docs.docker.com/engine/storage/drivers/overlayfs-driver/) maps image layers to lower directories and the container layer to the upper directory under \`/var/lib/docker/overlay2\`. It needs Linux 4.0 or later (or RHEL/CentOS kernel 3.10.0-514 or later), supports up to 128 lower layers, and on \`xfs\` requires \`d_type\` support (\`ftype=1\`). Because copy_up copies whole files and lookups walk every layer, write-heavy data belongs in volumes.

Since Docker Engine 29.0, fresh installations use the [containerd image store](https://docs.docker.com/engine/storage/containerd/), whose default \`overlayfs\` snapshotter uses the same kernel filesystem; Docker calls \`overlay2\` a legacy driver. The containerd store keeps each layer both compressed and unpacked, so it uses more disk for the same images.`,
    'zh-cn': `一次 overlay 挂载需要三个目录：\`lowerdir\`（一个或多个只读目录树，用冒号分隔）、\`upperdir\`（一个可写目录树）和 \`workdir\`（与上层位于同一文件系统上的空目录），挂载点上看到的是它们的并集。按[内核的 overlayfs 文档](https://docs.kernel.org/filesystems/overlayfs.html)：同一个名字在上下两层都存在时，指的是上层的对象，只有两边都是目录时才合并；第一次写入下层文件时，先把整个文件复制到上层（*copy_up*），哪怕只改一个字节；删除操作在上层留下一个 *whiteout*（设备号为 0/0 的字符设备），带有 \`trusted.overlay.opaque\` 属性的不透明目录会遮住下层同名目录的全部内容；重命名下层目录会以 \`EXDEV\` 失败，除非开启了 \`redirect_dir\` 特性。

Docker 的 [\`overlay2\` 存储驱动](https://docs.docker.com/engine/storage/drivers/overlayfs-driver/)把镜像层映射为下层目录、把容器层映射为上层目录，存放在 \`/var/lib/docker/overlay2\` 下。它要求 Linux 4.0 或更高版本（RHEL/CentOS 则要求内核 3.10.0-514 或更高），最多支持 128 个下层；在 \`xfs\` 上还要求开启 \`d_type\` 支持（\`ftype=1\`）。由于 copy_up 复制的是整个文件，查找又要逐层进行，写入频繁的数据应当放进卷。

从 Docker Engine 29.0 起，全新安装使用 [containerd 镜像存储](https://docs.docker.com/engine/storage/containerd/)，其默认的 \`overlayfs\` 快照器（snapshotter）用的是同一个内核文件系统；Docker 已把 \`overlay2\` 称为旧式驱动。containerd 存储会把每一层同时保存为压缩和解压两种形式，因此同样的镜像要占用更多磁盘。`,
  },
  related: ['image-layer', 'docker-image', 'mount-namespace', 'containerd'],
  sources: [
    { title: 'Overlay Filesystem (kernel docs)', url: 'https://docs.kernel.org/filesystems/overlayfs.html' },
    { title: 'OverlayFS storage driver (Docker docs)', url: 'https://docs.docker.com/engine/storage/drivers/overlayfs-driver/' },
    { title: 'containerd image store with Docker Engine (Docker docs)', url: 'https://docs.docker.com/engine/storage/containerd/' },
  ],
} satisfies TermInput;
