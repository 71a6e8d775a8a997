/** dockerd, the Docker daemon. Facts from Docker's overview, the dockerd reference and the overlay2 storage-driver page; the socket path was seen on the test machine. */
import type { TermInput } from '../../schema/term.ts';

export default {
  id: 'dockerd',
  category: 'command',
  page: 'engines-docker',
  name: { en: 'dockerd', 'zh-cn': 'dockerd' },
  aliases: {
    en: ['Docker daemon', 'docker daemon', 'docker.sock', '/var/run/docker.sock', 'daemon.json'],
    'zh-cn': ['Docker 守护进程', 'docker 守护进程', 'docker.sock', 'daemon.json', '/var/run/docker.sock'],
  },
  summary: {
    en: 'The Docker daemon: the long-running process that answers Docker API requests and manages images, containers, networks and volumes.',
    'zh-cn': 'Docker 守护进程：常驻运行、响应 Docker API 请求，并管理镜像、容器、网络和卷的进程。',
  },
  description: {
    en: `Every \`docker\` command is a request to \`dockerd\`. By default the client looks for the daemon's UNIX socket at \`/var/run/docker.sock\`; on the machine used for this handbook, where only the client is installed, \`docker version\` prints the client's details and then \`Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\`.

The daemon does the bookkeeping a container needs: it pulls and stores images, prepares each container's writable layer, creates its network interface and IP address, and turns the settings of \`docker run\` into an OCI runtime configuration that containerd and \`runc\` carry out. Its own settings come from command-line options (see the [\`dockerd\` reference](https://docs.docker.com/reference/cli/dockerd/)) or from \`/etc/docker/daemon.json\`; the [overlay2 storage-driver page](https://docs.docker.com/engine/storage/drivers/overlayfs-driver/) warns that the daemon does not start if that file is not valid JSON.`,
    'zh-cn': `每一条 \`docker\` 命令都是发给 \`dockerd\` 的一个请求。客户端默认在 \`/var/run/docker.sock\` 寻找守护进程的 UNIX 套接字。编写本手册所用的机器上只装了客户端，运行 \`docker version\` 时先打印客户端信息，随后报错：\`Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\`。

容器所需的各种杂务都由守护进程打理：拉取并保存镜像，为每个容器准备可写层，创建网络接口并分配 IP 地址，再把 \`docker run\` 的各项设置转换成 OCI 运行时配置，交给 containerd 和 \`runc\` 执行。守护进程自身的设置来自命令行选项（见 [\`dockerd\` 参考文档](https://docs.docker.com/reference/cli/dockerd/)）或 \`/etc/docker/daemon.json\`；[overlay2 存储驱动页面](https://docs.docker.com/engine/storage/drivers/overlayfs-driver/)提醒，这个文件只要不是合法的 JSON，守护进程就无法启动。`,
  },
  related: ['docker-engine', 'containerd', 'docker-image', 'image-layer'],
  sources: [
    { title: 'What is Docker? (Docker docs)', url: 'https://docs.docker.com/get-started/docker-overview/' },
    { title: 'dockerd (Docker docs)', url: 'https://docs.docker.com/reference/cli/dockerd/' },
    { title: 'OverlayFS storage driver (Docker docs)', url: 'https://docs.docker.com/engine/storage/drivers/overlayfs-driver/' },
  ],
} satisfies TermInput;
