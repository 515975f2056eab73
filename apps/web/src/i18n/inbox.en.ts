// Task inbox labels, English; typed from zh-CN so a missing key fails the type-check.
import type { Messages } from './zh-CN';

export const inboxEn: Messages['inbox'] = {
  title: 'My tasks',
};
