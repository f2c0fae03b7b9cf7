/** Where keyboard focus goes after a person chooses a view: to the view's heading, once the view has drawn it. */

/** How long to wait for a lazily loaded view to draw its heading. */
const WAIT_FRAMES = 180;

/**
 * focusViewHeading(root) moves focus to the first `h1` under `root` as soon as there is one (a view's chunk
 * may still be loading), so the next Tab starts in the view rather than in the navigation. The heading takes
 * focus without becoming a tab stop (`tabindex="-1"`). Gives up after about three seconds.
 */
export function focusViewHeading(root: ParentNode = document): void {
  let frames = 0;
  const attempt = () => {
    const heading = root.querySelector<HTMLElement>('main h1');
    if (heading !== null) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return;
    }
    if (++frames < WAIT_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
