/**
 * The hover and keyboard wiring every mark with a tooltip shares, as a Svelte attachment: the mark is active
 * while the pointer is on it or it has focus, so a tooltip reads the same by mouse and by keyboard.
 */

import type { Attachment } from 'svelte/attachments';
import { on } from 'svelte/events';

/**
 * `{@attach tooltipTrigger((element) => …)}`: calls back with the mark when it is pointed at or focused, and
 * with null when the pointer leaves it or it loses focus.
 */
export function tooltipTrigger<E extends Element>(onactivate: (element: E | null) => void): Attachment<E> {
  return (element) => {
    const show = () => onactivate(element);
    const hide = () => onactivate(null);
    // Svelte's `on`, not addEventListener: a blur fired while Svelte removes the mark runs outside the
    // update that removes it, as the template's own handlers do, so it may change state.
    const off = [
      on(element, 'pointerenter', show),
      on(element, 'pointerleave', hide),
      on(element, 'focus', show),
      on(element, 'blur', hide),
    ];
    return () => {
      for (const remove of off) remove();
    };
  };
}
