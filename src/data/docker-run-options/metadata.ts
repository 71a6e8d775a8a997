/** `docker run` options that name, label and log the container. */
import { optionGroup } from '../schema/docker-run-option.ts';
import { RUN_REFERENCE } from '../sources/docker-run.ts';

export default optionGroup('metadata', { kernel: false, source: RUN_REFERENCE }, [
  { flag: '--name', type: 'string', meaning: { en: 'Name of the container.', 'zh-cn': '容器的名称。' } },
  { flag: '--label', short: '-l', type: 'list', meaning: { en: 'Set a label: key=value.', 'zh-cn': '设置标签：key=value。' } },
  { flag: '--label-file', type: 'list', meaning: { en: 'Read labels from a file, one per line.', 'zh-cn': '从文件读取标签，每行一个。' } },
  { flag: '--annotation', type: 'map', meaning: { en: 'Annotation passed through to the OCI runtime.', 'zh-cn': '原样传给 OCI 运行时的注解。' } },
  { flag: '--log-driver', type: 'string', meaning: { en: 'Logging driver of the container, e.g. json-file, local, none.', 'zh-cn': '容器的日志驱动，例如 json-file、local、none。' } },
  { flag: '--log-opt', type: 'list', meaning: { en: 'Logging driver option, e.g. max-size=10m.', 'zh-cn': '日志驱动的选项，例如 max-size=10m。' } },
]);
