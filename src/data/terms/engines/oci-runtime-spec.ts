/** The OCI runtime specification. Facts from runtime-spec v1.3.0 (spec.md, bundle.md, runtime.md, config.md, glossary.md). */
import type { TermInput } from '../../schema/term.ts';

const RS = 'https://github.com/opencontainers/runtime-spec/blob/v1.3.0';

export default {
  id: 'oci-runtime-spec',
  category: 'concept',
  page: 'engines',
  name: { en: 'OCI runtime specification', 'zh-cn': 'OCI 运行时规范' },
  aliases: {
    en: ['runtime-spec', 'OCI runtime spec', 'config.json', 'OCI bundle', 'filesystem bundle'],
    'zh-cn': ['runtime-spec', 'OCI 运行时规范', 'config.json', 'OCI bundle', '文件系统 bundle'],
  },
  summary: {
    en: 'The OCI specification of a container\'s configuration file (config.json), its filesystem bundle, its lifecycle and the operations every runtime must support: state, create, start, kill and delete.',
    'zh-cn': 'OCI 关于容器的规范：规定了容器的配置文件（config.json）、文件系统 bundle、生命周期，以及每个运行时都必须支持的操作：state、create、start、kill 和 delete。',
  },
  description: {
    en: `**Bundle.** A container starts from a *filesystem bundle*: a directory holding \`config.json\` and, usually, the root filesystem that \`root.path\` names ([bundle.md](${RS}/bundle.md)). \`config.json\` carries \`ociVersion\`, \`root\`, \`process\` (arguments, environment, working directory, user, capabilities, rlimits), \`mounts\`, \`hooks\` and a platform section; on Linux that section lists the namespaces to create or join, the cgroup limits under \`resources\`, user-namespace ID mappings, seccomp and more ([config.md](${RS}/config.md), [config-linux.md](${RS}/config-linux.md)). Besides Linux, the spec defines FreeBSD, Solaris, Windows, VM and z/OS platforms ([spec.md](${RS}/spec.md)).

**Lifecycle.** \`create\` must apply everything in \`config.json\` except the user's program; \`process.args\` runs only on \`start\`. In between sit hooks: \`createRuntime\` and \`createContainer\` run during create, after the environment exists but before \`pivot_root\`; \`startContainer\`, \`poststart\` and \`poststop\` follow. A container's status is \`creating\`, \`created\`, \`running\` or \`stopped\`, and \`delete\` is allowed only when it is stopped ([runtime.md](${RS}/runtime.md)).

**Not a CLI.** The spec defines operations, not commands. How a caller invokes a runtime, usually with a runc-compatible command line, is outside its scope ([glossary](${RS}/glossary.md)); containerd bridges that gap with a shim per kind of runtime.`,
    'zh-cn': `**bundle。** 容器从一个*文件系统 bundle* 启动：这是一个目录，里面有 \`config.json\`，通常还有 \`root.path\` 所指的根文件系统（[bundle.md](${RS}/bundle.md)）。\`config.json\` 包含 \`ociVersion\`、\`root\`、\`process\`（参数、环境变量、工作目录、用户、能力、rlimit）、\`mounts\`、\`hooks\`，以及一个平台相关的部分；在 Linux 上，这一部分列出要新建或加入的命名空间、\`resources\` 下的 cgroup 限额、用户命名空间的 ID 映射、seccomp 等（[config.md](${RS}/config.md)、[config-linux.md](${RS}/config-linux.md)）。除 Linux 外，规范还定义了 FreeBSD、Solaris、Windows、VM 和 z/OS 平台（[spec.md](${RS}/spec.md)）。

**生命周期。** \`create\` 必须应用 \`config.json\` 中除用户程序以外的所有内容；\`process.args\` 要等到 \`start\` 才运行。两者之间有若干钩子：\`createRuntime\` 和 \`createContainer\` 在 create 期间运行，此时环境已经建好，但尚未执行 \`pivot_root\`；之后是 \`startContainer\`、\`poststart\` 和 \`poststop\`。容器的状态有 \`creating\`、\`created\`、\`running\`、\`stopped\` 四种，只有处于 stopped 状态时才允许 \`delete\`（[runtime.md](${RS}/runtime.md)）。

**不规定命令行。** 规范定义的是操作，而不是命令。调用方如何调用运行时（通常是与 runc 兼容的命令行）不在规范范围之内（[术语表](${RS}/glossary.md)）；containerd 用“每类运行时一个 shim”的办法填补了这个空白。`,
  },
  related: ['oci', 'runc', 'oci-image-spec', 'container-runtime', 'namespace', 'cgroup'],
  sources: [
    { title: 'OCI runtime spec v1.3.0: spec.md', url: `${RS}/spec.md` },
    { title: 'OCI runtime spec v1.3.0: filesystem bundle', url: `${RS}/bundle.md` },
    { title: 'OCI runtime spec v1.3.0: runtime and lifecycle', url: `${RS}/runtime.md` },
    { title: 'OCI runtime spec v1.3.0: configuration', url: `${RS}/config.md` },
    { title: 'OCI runtime spec v1.3.0: Linux configuration', url: `${RS}/config-linux.md` },
  ],
} satisfies TermInput;
