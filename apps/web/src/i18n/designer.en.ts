// Designer labels, English; typed from zh-CN so a missing key fails the type-check.
import type { Messages } from './zh-CN';

export const designerEn: Messages['designer'] = {
  title: 'Designer',
};
