/** Action types `compile` injects into task states; `step` turns them into task effects. */
export const OPEN_TASK_ACTION = 'liucheng:openTask';
export const CLOSE_TASK_ACTION = 'liucheng:closeTask';
