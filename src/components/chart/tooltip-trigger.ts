/**
 * The hover and keyboard wiring every mark with a tooltip shares, as a Svelte attachment: the mark is active
 * while the pointer is on it or it has focus, so a tooltip reads the same by mouse and by keyboard.
 */

import type { Attachment } from 'svelte/attachments';

/**
 * `{@attach tooltipTrigger((element) => …)}`: calls back with the mark when it is pointed at or focused, and
 * with null when the pointer leaves it or it loses focus.
 */
export function tooltipTrigger<E extends Element>(onactivate: (element: E | null) => void): Attachment<E> {
  return (element) => {
    const show = () => onactivate(element);
    const hide = () => onactivate(null);
    element.addEventListener('pointerenter', show);
    element.addEventListener('pointerleave', hide);
    element.addEventListener('focus', show);
    element.addEventListener('blur', hide);
    return () => {
      element.removeEventListener('pointerenter', show);
      element.removeEventListener('pointerleave', hide);
      element.removeEventListener('focus', show);
      element.removeEventListener('blur', hide);
    };
  };
}
