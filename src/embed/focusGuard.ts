// An embed may move focus and scroll within itself once the reader is in it, never pull
// them in from the article. On the full page a deep link focuses the event's details (and
// the list scrolls to it); in an article that would take keyboard and screen-reader users
// out of the text they are reading and could scroll the article under them. The rule is
// the document's own focus: while the article has it, focus() and scrollIntoView() inside
// the frame do nothing. Clicking or tabbing into the frame gives it focus, and from then
// on everything works as on the full page.
export function containFocusAndScroll(win: Window & typeof globalThis): void {
  const doc = win.document;
  const focus = win.HTMLElement.prototype.focus;
  const scrollIntoView = win.Element.prototype.scrollIntoView;
  win.HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
    if (doc.hasFocus()) focus.call(this, options);
  };
  win.Element.prototype.scrollIntoView = function (
    this: Element,
    options?: boolean | ScrollIntoViewOptions,
  ) {
    if (doc.hasFocus()) scrollIntoView.call(this, options);
  };
}
