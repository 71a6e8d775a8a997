/**
 * The explainer's messages in both languages. A module of its own: the browser receives one
 * language as JSON and imports only messages.ts, so neither table is bundled into the widget.
 * @module
 */
import type { Lang } from '../../i18n/lang.ts';
import type { RunMessages } from './messages.ts';
import { RUN_MESSAGES_EN } from './messages-en.ts';
import { RUN_MESSAGES_ZH_CN } from './messages-zh-cn.ts';

export const RUN_MESSAGES: Record<Lang, RunMessages> = { en: RUN_MESSAGES_EN, 'zh-cn': RUN_MESSAGES_ZH_CN };
